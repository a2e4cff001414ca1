using Mes.OpcUa.Encoding;

namespace Mes.OpcUa.Types;

internal sealed class OpenSecureChannelRequest : IServiceRequest
{
    public static readonly NodeId EncodingId = new(446u);

    public NodeId BinaryEncodingId => EncodingId;

    public RequestHeader RequestHeader { get; set; } = new();

    public uint ClientProtocolVersion { get; set; }

    public SecurityTokenRequestType RequestType { get; set; }

    public MessageSecurityMode SecurityMode { get; set; }

    public byte[]? ClientNonce { get; set; }

    public uint RequestedLifetime { get; set; }

    public void Encode(UaWriter w)
    {
        RequestHeader.Encode(w);
        w.WriteUInt32(ClientProtocolVersion);
        w.WriteInt32((int)RequestType);
        w.WriteInt32((int)SecurityMode);
        w.WriteByteString(ClientNonce);
        w.WriteUInt32(RequestedLifetime);
    }

    public static OpenSecureChannelRequest Decode(ref UaReader r) => new()
    {
        RequestHeader = RequestHeader.Decode(ref r),
        ClientProtocolVersion = r.ReadUInt32(),
        RequestType = (SecurityTokenRequestType)r.ReadInt32(),
        SecurityMode = (MessageSecurityMode)r.ReadInt32(),
        ClientNonce = r.ReadByteString(),
        RequestedLifetime = r.ReadUInt32(),
    };
}

using Mes.OpcUa.Encoding;

namespace Mes.OpcUa.Types;

internal sealed class OpenSecureChannelResponse : IServiceResponse
{
    public static readonly NodeId EncodingId = new(449u);

    public NodeId BinaryEncodingId => EncodingId;

    public ResponseHeader ResponseHeader { get; set; } = new();

    public uint ServerProtocolVersion { get; set; }

    public ChannelSecurityToken SecurityToken { get; set; } = new();

    public byte[]? ServerNonce { get; set; }

    public void Encode(UaWriter w)
    {
        ResponseHeader.Encode(w);
        w.WriteUInt32(ServerProtocolVersion);
        SecurityToken.Encode(w);
        w.WriteByteString(ServerNonce);
    }

    public static OpenSecureChannelResponse Decode(ref UaReader r) => new()
    {
        ResponseHeader = ResponseHeader.Decode(ref r),
        ServerProtocolVersion = r.ReadUInt32(),
        SecurityToken = ChannelSecurityToken.Decode(ref r),
        ServerNonce = r.ReadByteString(),
    };
}

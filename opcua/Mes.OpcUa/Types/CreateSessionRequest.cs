using Mes.OpcUa.Encoding;

namespace Mes.OpcUa.Types;

internal sealed class CreateSessionRequest : IServiceRequest
{
    public static readonly NodeId EncodingId = new(461u);

    public NodeId BinaryEncodingId => EncodingId;

    public RequestHeader RequestHeader { get; set; } = new();

    public ApplicationDescription ClientDescription { get; set; } = new();

    public string? ServerUri { get; set; }

    public string? EndpointUrl { get; set; }

    public string? SessionName { get; set; }

    public byte[]? ClientNonce { get; set; }

    public byte[]? ClientCertificate { get; set; }

    public double RequestedSessionTimeout { get; set; }

    public uint MaxResponseMessageSize { get; set; }

    public void Encode(UaWriter w)
    {
        RequestHeader.Encode(w);
        ClientDescription.Encode(w);
        w.WriteString(ServerUri);
        w.WriteString(EndpointUrl);
        w.WriteString(SessionName);
        w.WriteByteString(ClientNonce);
        w.WriteByteString(ClientCertificate);
        w.WriteDouble(RequestedSessionTimeout);
        w.WriteUInt32(MaxResponseMessageSize);
    }

    public static CreateSessionRequest Decode(ref UaReader r) => new()
    {
        RequestHeader = RequestHeader.Decode(ref r),
        ClientDescription = ApplicationDescription.Decode(ref r),
        ServerUri = r.ReadString(),
        EndpointUrl = r.ReadString(),
        SessionName = r.ReadString(),
        ClientNonce = r.ReadByteString(),
        ClientCertificate = r.ReadByteString(),
        RequestedSessionTimeout = r.ReadDouble(),
        MaxResponseMessageSize = r.ReadUInt32(),
    };
}

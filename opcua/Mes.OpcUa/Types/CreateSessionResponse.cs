using Mes.OpcUa.Encoding;

namespace Mes.OpcUa.Types;

internal sealed class CreateSessionResponse : IServiceResponse
{
    public static readonly NodeId EncodingId = new(464u);

    public NodeId BinaryEncodingId => EncodingId;

    public ResponseHeader ResponseHeader { get; set; } = new();

    public NodeId SessionId { get; set; }

    public NodeId AuthenticationToken { get; set; }

    public double RevisedSessionTimeout { get; set; }

    public byte[]? ServerNonce { get; set; }

    public byte[]? ServerCertificate { get; set; }

    public EndpointDescription[]? ServerEndpoints { get; set; }

    public SignedSoftwareCertificate[]? ServerSoftwareCertificates { get; set; }

    public SignatureData ServerSignature { get; set; } = new();

    public uint MaxRequestMessageSize { get; set; }

    public void Encode(UaWriter w)
    {
        ResponseHeader.Encode(w);
        w.WriteNodeId(SessionId);
        w.WriteNodeId(AuthenticationToken);
        w.WriteDouble(RevisedSessionTimeout);
        w.WriteByteString(ServerNonce);
        w.WriteByteString(ServerCertificate);
        w.WriteArray<EndpointDescription>(ServerEndpoints, static (x, v) => v.Encode(x));
        w.WriteArray<SignedSoftwareCertificate>(ServerSoftwareCertificates, static (x, v) => v.Encode(x));
        ServerSignature.Encode(w);
        w.WriteUInt32(MaxRequestMessageSize);
    }

    public static CreateSessionResponse Decode(ref UaReader r) => new()
    {
        ResponseHeader = ResponseHeader.Decode(ref r),
        SessionId = r.ReadNodeId(),
        AuthenticationToken = r.ReadNodeId(),
        RevisedSessionTimeout = r.ReadDouble(),
        ServerNonce = r.ReadByteString(),
        ServerCertificate = r.ReadByteString(),
        ServerEndpoints = r.ReadArray(static (ref UaReader x) => EndpointDescription.Decode(ref x), 1, "CreateSessionResponse.ServerEndpoints"),
        ServerSoftwareCertificates = r.ReadArray(static (ref UaReader x) => SignedSoftwareCertificate.Decode(ref x), 1, "CreateSessionResponse.ServerSoftwareCertificates"),
        ServerSignature = SignatureData.Decode(ref r),
        MaxRequestMessageSize = r.ReadUInt32(),
    };
}

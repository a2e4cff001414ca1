using Mes.OpcUa.Encoding;

namespace Mes.OpcUa.Types;

internal sealed class X509IdentityToken : IEncodeable
{
    public static readonly NodeId EncodingId = new(327u);

    public NodeId BinaryEncodingId => EncodingId;

    public string? PolicyId { get; set; }

    public byte[]? CertificateData { get; set; }

    public void Encode(UaWriter w)
    {
        w.WriteString(PolicyId);
        w.WriteByteString(CertificateData);
    }

    public static X509IdentityToken Decode(ref UaReader r) => new()
    {
        PolicyId = r.ReadString(),
        CertificateData = r.ReadByteString(),
    };
}

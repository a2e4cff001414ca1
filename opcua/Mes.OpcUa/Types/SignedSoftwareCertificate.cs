using Mes.OpcUa.Encoding;

namespace Mes.OpcUa.Types;

internal sealed class SignedSoftwareCertificate
{
    public byte[]? CertificateData { get; set; }

    public byte[]? Signature { get; set; }

    public void Encode(UaWriter w)
    {
        w.WriteByteString(CertificateData);
        w.WriteByteString(Signature);
    }

    public static SignedSoftwareCertificate Decode(ref UaReader r) => new()
    {
        CertificateData = r.ReadByteString(),
        Signature = r.ReadByteString(),
    };
}

using Mes.OpcUa.Encoding;

namespace Mes.OpcUa.SecureChannel;

/// <summary>The security header of OPN chunks: policy URI, the sender's certificate and the receiver's certificate thumbprint.</summary>
internal sealed record AsymmetricSecurityHeader(string? SecurityPolicyUri, byte[]? SenderCertificate, byte[]? ReceiverCertificateThumbprint)
{
    public void Encode(UaWriter w)
    {
        w.WriteString(SecurityPolicyUri);
        w.WriteByteString(SenderCertificate);
        w.WriteByteString(ReceiverCertificateThumbprint);
    }

    public static AsymmetricSecurityHeader Decode(ref UaReader r) => new(r.ReadString(), r.ReadByteString(), r.ReadByteString());
}

using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Mes.OpcUa.Server;

/// <summary>Creates the self-signed application instance certificate OPC UA expects (Part 6 §6.2.2).</summary>
public static class ApplicationCertificate
{
    /// <summary>
    /// A self-signed RSA-2048 SHA-256 certificate with SAN URI = <paramref name="applicationUri"/>, DNS/IP of the host,
    /// key usages digitalSignature, nonRepudiation, keyEncipherment, dataEncipherment, and server+client auth.
    /// </summary>
    public static X509Certificate2 CreateSelfSigned(string applicationUri, string applicationName, string hostName, TimeSpan validity)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest(new X500DistinguishedName($"CN={applicationName}, O=Zone MES"), rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var san = new SubjectAlternativeNameBuilder();
        san.AddUri(new Uri(applicationUri));
        if (IPAddress.TryParse(hostName, out var address)) san.AddIpAddress(address);
        else san.AddDnsName(hostName);
        san.AddDnsName("localhost");
        request.CertificateExtensions.Add(san.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(
            X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation | X509KeyUsageFlags.KeyEncipherment | X509KeyUsageFlags.DataEncipherment, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension(
            [new Oid("1.3.6.1.5.5.7.3.1"), new Oid("1.3.6.1.5.5.7.3.2")], false));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        var now = DateTimeOffset.UtcNow;
        return request.CreateSelfSigned(now.AddDays(-1), now.Add(validity));
    }
}

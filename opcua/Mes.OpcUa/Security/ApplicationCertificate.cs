using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Mes.OpcUa.Security;

/// <summary>Creates the self-signed application instance certificate OPC UA expects (Part 6 §6.2.2).</summary>
public static class ApplicationCertificate
{
    private static readonly Oid ServerAuthentication = new("1.3.6.1.5.5.7.3.1");
    private static readonly Oid ClientAuthentication = new("1.3.6.1.5.5.7.3.2");

    /// <summary>
    /// A self-signed RSA SHA-256 certificate with SAN URI = <paramref name="applicationUri"/> and the DNS names or IP
    /// addresses in <paramref name="hostNames"/>, key usages digitalSignature, nonRepudiation, keyEncipherment,
    /// dataEncipherment and keyCertSign, and server and client authentication, valid from a day before
    /// <paramref name="now"/> for <paramref name="validity"/>.
    /// </summary>
    public static X509Certificate2 CreateSelfSigned(string applicationUri, string applicationName, IEnumerable<string> hostNames,
        DateTimeOffset now, TimeSpan validity, int keySize = 2048)
    {
        ArgumentNullException.ThrowIfNull(hostNames);
        using var rsa = RSA.Create(keySize);
        var subject = new X500DistinguishedNameBuilder();
        subject.AddOrganizationName("Zone MES");
        subject.AddCommonName(applicationName);
        var request = new CertificateRequest(subject.Build(), rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var san = new SubjectAlternativeNameBuilder();
        san.AddUri(new Uri(applicationUri));
        foreach (var host in hostNames.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            if (IPAddress.TryParse(host, out var address)) san.AddIpAddress(address);
            else san.AddDnsName(host);
        }
        request.CertificateExtensions.Add(san.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(
            X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation | X509KeyUsageFlags.KeyEncipherment |
            X509KeyUsageFlags.DataEncipherment | X509KeyUsageFlags.KeyCertSign, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([ServerAuthentication, ClientAuthentication], false));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        return request.CreateSelfSigned(now.AddDays(-1), now.Add(validity));
    }
}

using System.Formats.Asn1;
using System.Net;
using System.Security.Cryptography.X509Certificates;

namespace Mes.OpcUa.Security;

/// <summary>What a certificate says about the application it belongs to: the SAN URI and the host names.</summary>
internal static class CertificateIdentity
{
    private const string SubjectAlternativeNameOid = "2.5.29.17";
    private static readonly Asn1Tag UniformResourceIdentifier = new(TagClass.ContextSpecific, 6);

    /// <summary>The application URI: the first URI in the subject alternative name, or null.</summary>
    public static string? ApplicationUri(X509Certificate2 certificate)
    {
        var extension = certificate.Extensions[SubjectAlternativeNameOid];
        if (extension is null) return null;
        try
        {
            var names = new AsnReader(extension.RawData, AsnEncodingRules.DER).ReadSequence();
            while (names.HasData)
            {
                var tag = names.PeekTag();
                if (tag.HasSameClassAndValue(UniformResourceIdentifier)) return names.ReadCharacterString(UniversalTagNumber.IA5String, UniformResourceIdentifier);
                names.ReadEncodedValue();
            }
        }
        catch (AsnContentException)
        {
            return null;
        }
        return null;
    }

    /// <summary>The DNS names and IP addresses in the subject alternative name.</summary>
    public static IReadOnlyList<string> HostNames(X509Certificate2 certificate)
    {
        if (certificate.Extensions[SubjectAlternativeNameOid] is not { } extension) return [];
        var san = extension as X509SubjectAlternativeNameExtension ?? new X509SubjectAlternativeNameExtension(extension.RawData, extension.Critical);
        return san.EnumerateDnsNames().Concat(san.EnumerateIPAddresses().Select(a => a.ToString())).ToArray();
    }

    /// <summary>True when <paramref name="host"/> (a DNS name or an IP address) is one the certificate names.</summary>
    public static bool NamesHost(X509Certificate2 certificate, string host)
    {
        var names = HostNames(certificate);
        if (IPAddress.TryParse(host.Trim('[', ']'), out var address)) return names.Any(n => IPAddress.TryParse(n, out var other) && other.Equals(address));
        return names.Any(n => string.Equals(n, host, StringComparison.OrdinalIgnoreCase));
    }
}

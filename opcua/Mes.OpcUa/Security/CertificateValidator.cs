using System.Security.Cryptography.X509Certificates;
using Mes.OpcUa.Encoding;

namespace Mes.OpcUa.Security;

/// <summary>
/// The rules a peer certificate must pass (Part 4 §6.1.3), in order: validity period, an RSA key of 2048 to 4096
/// bits, no SHA-1 signature (unless accepted for old devices) and never MD5, the key usages its use needs, and trust
/// — the certificate itself is trusted, or it chains through issuers to a trusted authority. Revocation lists are
/// not consulted. No I/O: the store passes the certificates in.
/// </summary>
internal static class CertificateValidator
{
    private const string Sha1WithRsa = "1.2.840.113549.1.1.5";
    private const string Md5WithRsa = "1.2.840.113549.1.1.4";

    public static (StatusCode Status, string Reason) Check(X509Certificate2 leaf, IReadOnlyList<X509Certificate2> presented,
        IReadOnlyList<X509Certificate2> trusted, IReadOnlyList<X509Certificate2> issuers, DateTimeOffset now, CertificateUse use, bool acceptSha1)
    {
        var subject = leaf.Subject;
        if (now < leaf.NotBefore.ToUniversalTime() || now > leaf.NotAfter.ToUniversalTime())
            return (StatusCode.BadCertificateTimeInvalid, $"'{subject}' is valid from {leaf.NotBefore.ToUniversalTime():u} to {leaf.NotAfter.ToUniversalTime():u}");
        using (var key = leaf.GetRSAPublicKey())
        {
            if (key is null) return (StatusCode.BadCertificatePolicyCheckFailed, $"'{subject}' has no RSA key");
            if (key.KeySize is < 2048 or > 4096) return (StatusCode.BadCertificatePolicyCheckFailed, $"'{subject}' has a {key.KeySize}-bit key; 2048 to 4096 bits are accepted");
        }
        var algorithm = leaf.SignatureAlgorithm.Value;
        if (algorithm == Md5WithRsa || (algorithm == Sha1WithRsa && !acceptSha1))
            return (StatusCode.BadCertificatePolicyCheckFailed, $"'{subject}' is signed with {leaf.SignatureAlgorithm.FriendlyName}");
        if (leaf.Extensions.OfType<X509KeyUsageExtension>().FirstOrDefault() is { } usage)
        {
            var needed = use == CertificateUse.Application
                ? X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment
                : X509KeyUsageFlags.DigitalSignature;
            if ((usage.KeyUsages & needed) != needed)
                return (StatusCode.BadCertificateUseNotAllowed, $"'{subject}' does not allow {needed}");
        }
        if (IsTrusted(leaf, presented, trusted, issuers, now)) return (StatusCode.Good, "");
        return (StatusCode.BadCertificateUntrusted, $"'{subject}' ({leaf.Thumbprint}) is not trusted");
    }

    private static bool IsTrusted(X509Certificate2 leaf, IReadOnlyList<X509Certificate2> presented, IReadOnlyList<X509Certificate2> trusted,
        IReadOnlyList<X509Certificate2> issuers, DateTimeOffset now)
    {
        if (trusted.Any(t => t.Thumbprint == leaf.Thumbprint)) return true;
        var authorities = trusted.Where(IsAuthority).ToArray();
        if (authorities.Length == 0) return false;
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        chain.ChainPolicy.DisableCertificateDownloads = true;
        chain.ChainPolicy.VerificationTime = now.UtcDateTime;
        chain.ChainPolicy.CustomTrustStore.AddRange(authorities);
        chain.ChainPolicy.ExtraStore.AddRange(issuers.Concat(presented).ToArray());
        return chain.Build(leaf);
    }

    private static bool IsAuthority(X509Certificate2 certificate) =>
        certificate.Extensions.OfType<X509BasicConstraintsExtension>().FirstOrDefault() is { CertificateAuthority: true };
}

using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Configuration;
using Orleans.Connections.Security;

namespace Mes.ServiceDefaults;

/// <summary>
/// Mutual TLS on the cluster's own connections (silo to silo, gateway to silo), turned on by giving every silo and
/// gateway the same cluster certificate: <c>Orleans:Tls:Certificate</c> names a PFX file, its password is in
/// <c>MES_CLUSTER_TLS_PASSWORD</c>. Each side of a connection presents that certificate and lets the other in only when
/// it presents the same one, so only hosts holding its private key join or call the cluster.
/// </summary>
public static class ClusterTls
{
    /// <summary>The configuration key of the PFX file (environment: <c>Orleans__Tls__Certificate</c>).</summary>
    public const string CertificateKey = "Orleans:Tls:Certificate";

    /// <summary>The environment variable holding the PFX file's password, when it has one.</summary>
    public const string PasswordVariable = "MES_CLUSTER_TLS_PASSWORD";

    /// <summary>The cluster certificate, or null when the cluster runs without TLS.</summary>
    /// <exception cref="InvalidOperationException">The file is named but cannot be read as a PFX with a private key.</exception>
    public static X509Certificate2? Certificate(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var path = configuration[CertificateKey];
        if (string.IsNullOrWhiteSpace(path))
        {
            return null;
        }
        X509Certificate2 certificate;
        try
        {
            certificate = X509CertificateLoader.LoadPkcs12FromFile(path, configuration[PasswordVariable]);
        }
        catch (Exception e) when (e is CryptographicException or IOException or UnauthorizedAccessException)
        {
            throw new InvalidOperationException($"{CertificateKey}: '{path}' cannot be read as a PFX file ({e.Message}); check the file and {PasswordVariable}.", e);
        }
        if (!certificate.HasPrivateKey)
        {
            certificate.Dispose();
            throw new InvalidOperationException($"{CertificateKey}: '{path}' holds no private key; the cluster certificate needs one to prove itself.");
        }
        return certificate;
    }

    /// <summary>Sets <paramref name="options"/> so that both ends present <paramref name="certificate"/> and require it of the other.</summary>
    public static void Configure(TlsOptions options, X509Certificate2 certificate)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(certificate);
        var expected = certificate.GetCertHash(HashAlgorithmName.SHA256);
        options.LocalCertificate = certificate;
        options.RemoteCertificateMode = RemoteCertificateMode.RequireCertificate;
        options.ClientCertificateMode = RemoteCertificateMode.RequireCertificate;
        // The certificate is the cluster's own, usually self-signed and not named after any one host: it is pinned
        // rather than checked against a chain and a host name.
        options.RemoteCertificateValidation = (remote, _, _) => remote is not null && CryptographicOperations.FixedTimeEquals(remote.GetCertHash(HashAlgorithmName.SHA256), expected);
    }
}

using System.Security.Cryptography.X509Certificates;

namespace Mes.Gateway.Hosting;

/// <summary>The certificate the gateway serves, and where it came from (for the start-up log).</summary>
public sealed record GatewayCertificate(X509Certificate2 Certificate, string Source)
{
    /// <summary>The plant's certificate when configured, else the development certificate.</summary>
    /// <exception cref="InvalidOperationException">The configured certificate cannot be read; the message says which file.</exception>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Reliability", "CA2000", Justification = "Kestrel serves the certificate for the life of the process.")]
    public static GatewayCertificate Load(TlsOptions tls, IConfiguration configuration, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(tls.Certificate))
        {
            return new GatewayCertificate(DevelopmentCertificate.LoadOrCreate(tls.DevelopmentCertificate, now),
                $"the development certificate {tls.DevelopmentCertificate} (self-signed)");
        }
        try
        {
            return new GatewayCertificate(Read(tls.Certificate, tls.Key, configuration[TlsOptions.PasswordVariable]), $"the certificate {tls.Certificate}");
        }
        catch (System.Security.Cryptography.CryptographicException e)
        {
            // The loader's message names no secret; the password stays out of it.
            throw new InvalidOperationException($"Gateway:Tls:Certificate '{tls.Certificate}' cannot be read (is {TlsOptions.PasswordVariable} right?): {e.Message}", e);
        }
        catch (IOException e)
        {
            throw new InvalidOperationException($"Gateway:Tls:Certificate '{tls.Certificate}' cannot be read: {e.Message}", e);
        }
    }

    private static X509Certificate2 Read(string path, string? keyPath, string? password)
    {
        var certificate = string.IsNullOrWhiteSpace(keyPath) ? X509CertificateLoader.LoadPkcs12FromFile(path, password)
            : string.IsNullOrEmpty(password) ? X509Certificate2.CreateFromPemFile(path, keyPath)
            : X509Certificate2.CreateFromEncryptedPemFile(path, password, keyPath);
        if (certificate.HasPrivateKey)
        {
            return certificate;
        }
        certificate.Dispose();
        throw new InvalidOperationException($"Gateway:Tls:Certificate '{path}' has no private key: give a PFX with its key, or a PEM certificate with Gateway:Tls:Key.");
    }
}

namespace Mes.Gateway.Hosting;

/// <summary>
/// The certificate the gateway serves TLS with (configuration section <c>Gateway:Tls</c>). Without
/// <see cref="Certificate"/> the gateway serves a self-signed development certificate, created
/// once at <see cref="DevelopmentCertificate"/>.
/// </summary>
public sealed class TlsOptions
{
    /// <summary>The environment variable holding the password of <see cref="Certificate"/> (PFX) or of its encrypted PEM key.</summary>
    public const string PasswordVariable = "MES_TLS_CERTIFICATE_PASSWORD";

    /// <summary>The plant's certificate: a PFX/PKCS#12 file, or a PEM certificate with <see cref="Key"/>.</summary>
    public string? Certificate { get; set; }

    /// <summary>The PEM private key of a PEM <see cref="Certificate"/>.</summary>
    public string? Key { get; set; }

    /// <summary>Where the development certificate is kept (PFX, owner-only); by default under the user's local data folder.</summary>
    public string DevelopmentCertificate { get; set; } =
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify), "zone-mes", "gateway-dev.pfx");
}

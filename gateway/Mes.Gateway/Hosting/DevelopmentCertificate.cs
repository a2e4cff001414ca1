using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Mes.Gateway.Hosting;

/// <summary>
/// The self-signed certificate the gateway serves when the plant configured none: ECDSA P-256,
/// for localhost, 127.0.0.1 and ::1, valid a year, kept as a PFX readable by its owner only and
/// created again when it is about to expire.
/// </summary>
public static class DevelopmentCertificate
{
    /// <summary>The subject of development certificates.</summary>
    public const string Subject = "CN=Zone MES gateway (development)";

    /// <summary>Loads the certificate at <paramref name="path"/>, creating it first when missing or expiring within a week.</summary>
    public static X509Certificate2 LoadOrCreate(string path, DateTimeOffset now)
    {
        if (File.Exists(path))
        {
            var existing = X509CertificateLoader.LoadPkcs12FromFile(path, password: null);
            if (existing.NotAfter.ToUniversalTime() > now.UtcDateTime.AddDays(7) && existing.HasPrivateKey)
            {
                return existing;
            }
            existing.Dispose();
        }
        var pfx = Create(now);
        Write(path, pfx);
        return X509CertificateLoader.LoadPkcs12(pfx, password: null);
    }

    private static byte[] Create(DateTimeOffset now)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest(Subject, key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("localhost");
        names.AddIpAddress(IPAddress.Loopback);
        names.AddIpAddress(IPAddress.IPv6Loopback);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1", "Server Authentication")], false));
        using var certificate = request.CreateSelfSigned(now.AddMinutes(-5), now.AddYears(1));
        return certificate.Export(X509ContentType.Pfx);
    }

    // The private key is a secret: the folder and the file are the owner's alone from the start.
    private static void Write(string path, byte[] pfx)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder);
            File.WriteAllBytes(path, pfx);
            return;
        }
        Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var temporary = path + ".new";
        using (var file = new FileStream(temporary, new FileStreamOptions
        {
            Mode = FileMode.Create,
            Access = FileAccess.Write,
            UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite,
        }))
        {
            file.Write(pfx);
        }
        File.Move(temporary, path, overwrite: true);
    }
}

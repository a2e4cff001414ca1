using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Mes.Gateway.Tests.Support;

namespace Mes.Gateway.Tests;

[Collection(GatewayCollection.Name)]
public sealed class TlsTests(GatewaySystem system)
{
    [Fact]
    public async Task Both_ports_serve_tls_with_the_generated_development_certificate()
    {
        var expected = X509CertificateLoader.LoadPkcs12FromFile(system.DevelopmentCertificatePath, null).GetCertHashString(HashAlgorithmName.SHA256);

        var grpc = await ServedCertificate(system.Gateway.GrpcPort);
        var web = await ServedCertificate(system.Gateway.WebPort);

        Assert.Equal(expected, grpc.GetCertHashString(HashAlgorithmName.SHA256));
        Assert.Equal(expected, web.GetCertHashString(HashAlgorithmName.SHA256));
    }

    [Fact]
    public async Task The_development_certificate_names_localhost_and_the_loopback_addresses()
    {
        var served = await ServedCertificate(system.Gateway.WebPort);
        var names = served.Extensions.OfType<X509SubjectAlternativeNameExtension>().Single();

        Assert.Equal(["localhost"], names.EnumerateDnsNames());
        Assert.Equal(["127.0.0.1", "::1"], names.EnumerateIPAddresses().Select(a => a.ToString()));
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void The_development_certificate_file_is_readable_by_its_owner_only()
    {
        var mode = File.GetUnixFileMode(system.DevelopmentCertificatePath);

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, mode);
    }

    [Fact]
    public async Task Plain_http_on_the_web_port_gets_no_answer_from_the_api()
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };

        var answered = await Answered(client, new Uri($"http://127.0.0.1:{system.Gateway.WebPort}/health/live"));

        Assert.False(answered);
    }

    [Fact]
    public async Task A_plants_own_certificate_is_served_instead_of_the_development_one()
    {
        var folder = Directory.CreateTempSubdirectory("mes-plant-cert-");
        using var key = RSA.Create(2048);
        using var own = new CertificateRequest("CN=gateway.plant.test", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1)
            .CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
        var path = Path.Combine(folder.FullName, "plant.pfx");
        await File.WriteAllBytesAsync(path, own.Export(X509ContentType.Pfx, "plant-pfx-password"));
        var environment = system.GatewayEnvironment();
        environment["Gateway__Tls__Certificate"] = path;
        environment["MES_TLS_CERTIFICATE_PASSWORD"] = "plant-pfx-password";

        await using var gateway = await GatewayProcess.StartAsync(environment, () => X509CertificateLoader.LoadCertificate(own.RawData));
        var served = await ServedCertificate(gateway.GrpcPort);

        Assert.Equal(own.Thumbprint, served.Thumbprint);
        Assert.DoesNotContain("plant-pfx-password", gateway.Process.Output, StringComparison.Ordinal);
        folder.Delete(recursive: true);
    }

    private static async Task<bool> Answered(HttpClient client, Uri uri)
    {
        try
        {
            return (await client.GetAsync(uri)).IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    private static async Task<X509Certificate2> ServedCertificate(int port)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync("127.0.0.1", port);
        X509Certificate2? served = null;
        await using var tls = new SslStream(tcp.GetStream(), false, (_, certificate, _, _) =>
        {
            served = certificate is null ? null : X509CertificateLoader.LoadCertificate(certificate.GetRawCertData());
            return true;
        });
        await tls.AuthenticateAsClientAsync(new SslClientAuthenticationOptions
        {
            TargetHost = "localhost",
            ApplicationProtocols = [SslApplicationProtocol.Http2],
        });
        return served ?? throw new InvalidOperationException("no certificate was presented");
    }
}

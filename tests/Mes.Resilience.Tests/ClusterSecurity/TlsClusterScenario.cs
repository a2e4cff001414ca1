using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Mes.Resilience.Tests.Support;
using Mes.Testing;

namespace Mes.Resilience.Tests.ClusterSecurity;

/// <summary>
/// Two silos and the gateway given one cluster certificate (<c>Orleans__Tls__Certificate</c>), as docs/OPERATIONS.md
/// tells a plant to run them across hosts: every connection between them is mutual TLS.
/// </summary>
public sealed class TlsClusterScenario : IAsyncLifetime
{
    private readonly PostgresServer _postgres = new();
    private readonly string _secrets = Directory.CreateTempSubdirectory("mes-resilience-cluster-tls-").FullName;

    public PlantCluster Cluster { get; private set; } = null!;

    /// <summary>The certificate every process of the cluster holds.</summary>
    public X509Certificate2 ClusterCertificate { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        ClusterCertificate = SelfSigned("CN=zone-mes cluster");
        var path = Path.Combine(_secrets, "cluster.pfx");
        await File.WriteAllBytesAsync(path, ClusterCertificate.Export(X509ContentType.Pfx));
        Cluster = await PlantCluster.StartAsync(await _postgres.CreateDatabaseAsync(), silos: 2, new Dictionary<string, string?>
        {
            [PlantCluster.ClusterTlsCertificate] = path,
            ["Equipment__StartAgents"] = "false",
        });
    }

    /// <summary>A new self-signed certificate with its private key.</summary>
    public static X509Certificate2 SelfSigned(string subject)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
        // Reloaded from PFX so that SslStream can use the private key on every platform.
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pfx), null);
    }

    public async Task DisposeAsync()
    {
        if (Cluster is not null)
        {
            await Cluster.DisposeAsync();
        }
        await _postgres.DisposeAsync();
        ClusterCertificate?.Dispose();
        Directory.Delete(_secrets, recursive: true);
    }
}

[CollectionDefinition(Name)]
public sealed class TlsClusterCollection : ICollectionFixture<TlsClusterScenario>
{
    public const string Name = "cluster tls";
}

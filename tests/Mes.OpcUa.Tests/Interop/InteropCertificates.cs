using System.Security.Cryptography.X509Certificates;
using Mes.OpcUa.Security;

namespace Mes.OpcUa.Tests.Interop;

/// <summary>
/// The certificates of an interop run, in a temporary folder: a node-opcua application certificate and key as PEM
/// files, node-opcua trust lists (its PKI layout) that trust our side, our PKI store that trusts node-opcua, a
/// "stranger" store whose certificate nobody trusts, and a user certificate for X509 identity tokens.
/// </summary>
internal sealed class InteropCertificates : IDisposable
{
    public const string NodeApplicationUri = "urn:zone-mes:interop:node-opcua";
    public const string OurApplicationUri = "urn:zone-mes:interop:mes";

    public InteropCertificates(int nodeKeySize = 2048)
    {
        Root = Directory.CreateTempSubdirectory("mes-opcua-interop-pki-").FullName;
        NodePki = Path.Combine(Root, "node-pki");
        NodeUserPki = Path.Combine(Root, "node-user-pki");
        NodeCertificatePem = Path.Combine(Root, "node-cert.pem");
        NodeKeyPem = Path.Combine(Root, "node-key.pem");
        UserCertificatePem = Path.Combine(Root, "user-cert.pem");
        UserKeyPem = Path.Combine(Root, "user-key.pem");
        StrangerCertificatePem = Path.Combine(Root, "stranger-cert.pem");
        StrangerKeyPem = Path.Combine(Root, "stranger-key.pem");
        Ours = new PkiStore(Path.Combine(Root, "ours"));
        Stranger = new PkiStore(Path.Combine(Root, "stranger"));

        NodeCertificate = ApplicationCertificate.CreateSelfSigned(NodeApplicationUri, "node-opcua interop peer", ["127.0.0.1", "localhost"],
            DateTimeOffset.UtcNow, TimeSpan.FromDays(30), nodeKeySize);
        WritePem(NodeCertificate, NodeCertificatePem, NodeKeyPem);
        Ours.Add(CertificateStoreFolder.Trusted, NodeCertificate);

        using var ours = Ours.LoadOrCreateApplicationCertificate(OurApplicationUri, "Zone MES interop", ["localhost"]);
        TrustAtNode(NodePki, ours);
        using (Stranger.LoadOrCreateApplicationCertificate(OurApplicationUri, "Zone MES stranger", ["localhost"]))
        {
        }

        using (var stranger = ApplicationCertificate.CreateSelfSigned(NodeApplicationUri, "node-opcua stranger", ["127.0.0.1"], DateTimeOffset.UtcNow, TimeSpan.FromDays(30)))
            WritePem(stranger, StrangerCertificatePem, StrangerKeyPem);

        UserCertificate = ApplicationCertificate.CreateSelfSigned("urn:zone-mes:interop:user", "operator 4711", [], DateTimeOffset.UtcNow, TimeSpan.FromDays(30));
        WritePem(UserCertificate, UserCertificatePem, UserKeyPem);
        TrustAtNode(NodeUserPki, UserCertificate);
    }

    public string Root { get; }

    /// <summary>node-opcua's trust list for application certificates (it trusts <see cref="Ours"/>).</summary>
    public string NodePki { get; }

    /// <summary>node-opcua's trust list for X509 user certificates (it trusts <see cref="UserCertificate"/>).</summary>
    public string NodeUserPki { get; }

    public string NodeCertificatePem { get; }

    public string NodeKeyPem { get; }

    public X509Certificate2 NodeCertificate { get; }

    /// <summary>Our PKI store: it trusts node-opcua's certificate and node-opcua trusts its own.</summary>
    public PkiStore Ours { get; }

    /// <summary>A PKI store whose certificate node-opcua does not trust, and which does not trust node-opcua.</summary>
    public PkiStore Stranger { get; }

    /// <summary>A user certificate with its key, trusted by node-opcua's user trust list.</summary>
    public X509Certificate2 UserCertificate { get; }

    public string UserCertificatePem { get; }

    public string UserKeyPem { get; }

    /// <summary>A node-opcua client certificate nobody trusts.</summary>
    public string StrangerCertificatePem { get; }

    public string StrangerKeyPem { get; }

    /// <summary>Adds a certificate to a node-opcua trust list folder.</summary>
    public static void TrustAtNode(string nodePki, X509Certificate2 certificate)
    {
        var trusted = Path.Combine(nodePki, "trusted", "certs");
        Directory.CreateDirectory(trusted);
        File.WriteAllBytes(Path.Combine(trusted, $"{certificate.Thumbprint}.der"), certificate.RawData);
    }

    private static void WritePem(X509Certificate2 certificate, string certificatePath, string keyPath)
    {
        File.WriteAllText(certificatePath, certificate.ExportCertificatePem());
        using var key = certificate.GetRSAPrivateKey()!;
        File.WriteAllText(keyPath, key.ExportPkcs8PrivateKeyPem());
    }

    public void Dispose()
    {
        NodeCertificate.Dispose();
        UserCertificate.Dispose();
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // node-opcua may still hold a file; the temporary folder is left behind.
        }
    }
}

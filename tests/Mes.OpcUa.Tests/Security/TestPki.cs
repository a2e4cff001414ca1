using Mes.OpcUa.Security;

namespace Mes.OpcUa.Tests.Security;

/// <summary>PKI stores for a server and a client in a temporary folder, deleted on dispose.</summary>
internal sealed class TestPki : IDisposable
{
    public TestPki()
    {
        Root = Directory.CreateTempSubdirectory("mes-opcua-pki-").FullName;
        Server = new PkiStore(Path.Combine(Root, "server"));
        Client = new PkiStore(Path.Combine(Root, "client"));
    }

    public string Root { get; }

    public PkiStore Server { get; }

    public PkiStore Client { get; }

    /// <summary>Creates the client's certificate and puts it in the server's trusted folder.</summary>
    public void TrustClient(string applicationUri = ClientUri)
    {
        using var certificate = Client.LoadOrCreateApplicationCertificate(applicationUri, "test client", ["localhost"]);
        Server.Add(CertificateStoreFolder.Trusted, certificate);
    }

    /// <summary>Puts the server's certificate in the client's trusted folder.</summary>
    public void TrustServer(System.Security.Cryptography.X509Certificates.X509Certificate2 serverCertificate) =>
        Client.Add(CertificateStoreFolder.Trusted, serverCertificate);

    public const string ClientUri = "urn:zone-mes:test-client";

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A server may still be closing a file; the temporary folder is left behind.
        }
    }
}

using Mes.OpcUa.Security;

namespace Mes.OpcUa.Tests.Security;

/// <summary>One PKI store in a temporary folder, deleted on dispose.</summary>
internal sealed class TemporaryPki : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("mes-opcua-pki-").FullName;

    public TemporaryPki(TimeProvider? clock = null) => Store = new PkiStore(_root, clock);

    public PkiStore Store { get; }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // Left for the operating system to clean.
        }
    }
}

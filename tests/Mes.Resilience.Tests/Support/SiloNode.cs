using System.Globalization;
using Mes.Testing;

namespace Mes.Resilience.Tests.Support;

/// <summary>
/// One silo program (<c>dotnet Mes.Silo.dll</c>) on free ports, as <c>./mes up --silos N</c> starts each, that a test
/// can kill with SIGKILL mid-flight.
/// </summary>
public sealed class SiloNode : IAsyncDisposable
{
    private SiloNode(ChildProcess process, int siloPort, int httpPort)
    {
        Process = process;
        SiloPort = siloPort;
        HttpPort = httpPort;
    }

    /// <summary>The process.</summary>
    public ChildProcess Process { get; }

    /// <summary>The silo-to-silo port: how the cluster names this silo (<c>S127.0.0.1:port:generation</c>).</summary>
    public int SiloPort { get; }

    /// <summary>Health and metrics.</summary>
    public int HttpPort { get; }

    /// <summary>Whether a silo address (as <c>SiloAddress.ToString()</c> writes it) is this silo.</summary>
    public bool Is(string siloAddress) => siloAddress.Contains($"127.0.0.1:{SiloPort.ToString(CultureInfo.InvariantCulture)}:", StringComparison.Ordinal);

    /// <summary>Starts a silo with the cluster's settings plus its own ports; returns when it is an active member.</summary>
    public static async Task<SiloNode> StartAsync(IReadOnlyDictionary<string, string?> cluster)
    {
        var siloPort = FreePort.Next();
        var httpPort = FreePort.Next();
        var process = ChildProcess.StartDotnet(Repository.Binary("silo/Mes.Silo", "Mes.Silo.dll"), new Dictionary<string, string?>(cluster)
        {
            ["Silo__SiloPort"] = siloPort.ToString(CultureInfo.InvariantCulture),
            ["Silo__GatewayPort"] = FreePort.Next().ToString(CultureInfo.InvariantCulture),
            ["Silo__HttpPort"] = httpPort.ToString(CultureInfo.InvariantCulture),
        });
        var node = new SiloNode(process, siloPort, httpPort);
        using var probe = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        await Eventually.True(async () => !process.HasExited && (await probe.GetAsync(new Uri($"http://127.0.0.1:{httpPort}/health/ready"))).IsSuccessStatusCode,
            TimeSpan.FromSeconds(120), "a silo process to become an active member", () => process.Output);
        return node;
    }

    /// <summary>SIGKILL: the process ends at once, with no shutdown of its own (what a power cut does to a host).</summary>
    public void Kill() => Process.Kill();

    public ValueTask DisposeAsync() => Process.DisposeAsync();
}

using System.Globalization;
using Mes.Testing;

namespace Mes.Gateway.Tests.Support;

/// <summary>The silo program as a real process on free ports, ready when its health says so.</summary>
public sealed class SiloProcess : IAsyncDisposable
{
    private SiloProcess(ChildProcess process) => Process = process;

    public ChildProcess Process { get; }

    public static async Task<SiloProcess> StartAsync(string connectionString, string clusterId)
    {
        var http = FreePort.Next();
        var process = ChildProcess.StartDotnet(Repository.Binary("silo/Mes.Silo", "Mes.Silo.dll"), new Dictionary<string, string?>
        {
            ["MES_POSTGRES"] = connectionString,
            // No equipment agents: these tests drive workstations themselves, not from a machine.
            ["Equipment__StartAgents"] = "false",
            ["Orleans__ClusterId"] = clusterId,
            ["MES_LOG_FORMAT"] = "text",
            ["Silo__SiloPort"] = FreePort.Next().ToString(CultureInfo.InvariantCulture),
            ["Silo__GatewayPort"] = FreePort.Next().ToString(CultureInfo.InvariantCulture),
            ["Silo__HttpPort"] = http.ToString(CultureInfo.InvariantCulture),
        });
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        await Eventually.True(async () => (await client.GetAsync(new Uri($"http://127.0.0.1:{http}/health/ready"))).IsSuccessStatusCode,
            TimeSpan.FromSeconds(90), "the silo process to become ready", () => process.Output);
        return new SiloProcess(process);
    }

    public ValueTask DisposeAsync() => Process.DisposeAsync();
}

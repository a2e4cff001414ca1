using Mes.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;
using Orleans.Configuration;
using Microsoft.Extensions.Logging;

namespace Mes.Silo.Tests;

/// <summary>
/// A real silo host, built exactly as the silo process builds it, running in the test process on
/// free ports against a real PostgreSQL database.
/// </summary>
internal static class TestSilo
{
    /// <summary>
    /// Starts a silo. Equipment agents stay off unless <paramref name="settings"/> turn them on
    /// (<c>--Equipment:StartAgents=true</c>), so that no test listens to a machine it did not start.
    /// </summary>
    public static async Task<WebApplication> StartAsync(string connectionString, string clusterId, params string[] settings)
    {
        var app = MesSilo.Build(
        [
            "--Equipment:StartAgents=false",
            $"--MES_POSTGRES={connectionString}",
            $"--Orleans:ClusterId={clusterId}",
            "--Orleans:ServiceId=zone-mes-test",
            $"--Silo:SiloPort={FreePort.Next()}",
            $"--Silo:GatewayPort={FreePort.Next()}",
            $"--Silo:HttpPort={FreePort.Next()}",
            "--Logging:LogLevel:Default=Warning",
            "--Logging:LogLevel:Orleans.Runtime.Silo=Warning",
            .. settings,
        ]);
        await MesSilo.MigrateAsync(app.Services, CancellationToken.None);
        await app.StartAsync();
        return app;
    }

    /// <summary>An Orleans client of the cluster, as the gateway is one.</summary>
    public static async Task<IHost> StartClientAsync(string connectionString, string clusterId)
    {
        var host = Host.CreateApplicationBuilder();
        host.Logging.SetMinimumLevel(LogLevel.Warning);
        host.UseOrleansClient(client =>
        {
            client.Configure<ClusterOptions>(o => { o.ClusterId = clusterId; o.ServiceId = "zone-mes-test"; });
            client.UseAdoNetClustering(o => { o.Invariant = "Npgsql"; o.ConnectionString = connectionString; });
        });
        var app = host.Build();
        await app.StartAsync();
        return app;
    }
}

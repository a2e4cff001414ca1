using Mes.Contracts.Bonded;
using Mes.Silo;
using Mes.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Mes.Bonded.Tests.Support;

/// <summary>A real silo, built as the silo process builds it, in the test process on free ports, on a database of its own.</summary>
internal sealed class BondedSilo : IAsyncDisposable
{
    private readonly WebApplication app;

    private BondedSilo(WebApplication app, string connectionString, string cluster)
    {
        this.app = app;
        ConnectionString = connectionString;
        Cluster = cluster;
    }

    public string ConnectionString { get; }

    public string Cluster { get; }

    public IGrainFactory Grains => app.Services.GetRequiredService<IGrainFactory>();

    /// <summary>The sample book (samples/bonded), filed on first use.</summary>
    public IAccountBookGrain SampleBook => Grains.GetGrain<IAccountBookGrain>(AccountBookKey.For(Samples.BookNo));

    public static async Task<BondedSilo> StartAsync(string connectionString, string? cluster = null, params string[] settings)
    {
        cluster ??= "b" + Guid.NewGuid().ToString("N")[..8];
        var app = MesSilo.Build(
        [
            "--Equipment:StartAgents=false",
            $"--MES_POSTGRES={connectionString}",
            $"--Orleans:ClusterId={cluster}",
            "--Orleans:ServiceId=zone-mes-test",
            $"--Silo:SiloPort={FreePort.Next()}",
            $"--Silo:GatewayPort={FreePort.Next()}",
            $"--Silo:HttpPort={FreePort.Next()}",
            "--Logging:LogLevel:Default=Warning",
            .. settings,
        ]);
        await MesSilo.MigrateAsync(app.Services, CancellationToken.None);
        await app.StartAsync();
        return new BondedSilo(app, connectionString, cluster);
    }

    /// <summary>Stops this silo and starts a new one on the same database and cluster: every grain is activated afresh.</summary>
    public async Task<BondedSilo> RestartAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        return await StartAsync(ConnectionString, Cluster);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}

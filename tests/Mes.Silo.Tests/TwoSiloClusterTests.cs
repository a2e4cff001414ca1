using Mes.Contracts.Production;
using Mes.Contracts.Production.Lots;
using Mes.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Mes.Silo.Tests;

public sealed class TwoSiloClusterTests(PostgresServer postgres) : IClassFixture<PostgresServer>
{
    private static readonly string[] Lots = [.. Enumerable.Range(1, 40).Select(i => $"R-{i:000}")];

    [Fact]
    public async Task Two_silos_on_one_membership_table_both_serve_calls_and_one_stopping_leaves_the_other_serving()
    {
        var connectionString = await postgres.CreateDatabaseAsync();
        var cluster = "c" + Guid.NewGuid().ToString("N")[..8];
        await using var siloA = await TestSilo.StartAsync(connectionString, cluster);
        await using var siloB = await TestSilo.StartAsync(connectionString, cluster);
        using var client = await TestSilo.StartClientAsync(connectionString, cluster);
        var grains = client.Services.GetRequiredService<IClusterClient>();
        var management = grains.GetGrain<IManagementGrain>(0);
        await Eventually.True(async () => (await management.GetHosts(onlyActive: true)).Count == 2, TimeSpan.FromSeconds(60), "both silos active");

        // Calls enter the cluster through each silo in turn (as they do from gateways connected to either).
        var entries = new[] { siloA.Services.GetRequiredService<IGrainFactory>(), siloB.Services.GetRequiredService<IGrainFactory>() };
        for (var i = 0; i < Lots.Length; i++)
        {
            await entries[i % 2].GetGrain<IMaterialLotGrain>(GrainKey.Lot.For(Lots[i])).Register(new RegisterLotRequest($"register-{i}", "CAP-0402-100N", 5000, null, null));
        }
        var hostingSilos = (await management.GetSimpleGrainStatistics())
            .Where(s => s.GrainType.Contains("MaterialLot", StringComparison.Ordinal) && s.ActivationCount > 0)
            .Select(s => s.SiloAddress).Distinct().Count();

        await siloB.StopAsync();
        var afterStop = await Task.WhenAll(Lots.Select(l => grains.GetGrain<IMaterialLotGrain>(GrainKey.Lot.For(l)).Get()));

        Assert.Equal(2, hostingSilos);
        Assert.All(afterStop, Assert.NotNull);
        Assert.Equal(Lots, afterStop.Select(l => l!.LotNo));
        Assert.Single(await management.GetHosts(onlyActive: true));
    }
}

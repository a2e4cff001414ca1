using Mes.Contracts.Production;
using Mes.Contracts.Production.Equipment;
using Mes.Contracts.Production.Workstations;
using Mes.Domain.Production.Machines;
using Mes.Grains.Production.Oee;
using Mes.OpcUa.Encoding;
using Mes.OpcUa.Server;
using Mes.OpcUa.Server.Nodes;
using Mes.OpcUa.Types;
using Mes.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Mes.Silo.Tests.Equipment;

/// <summary>
/// The equipment agent and the printer's workstation against a machine whose OPC UA server is stopped and started
/// again on the same endpoint, as a PLC reboots: its counters are cumulative, so the counts made while the MES did not
/// hear it arrive whole after the restart, marked as a gap; a counter that came back lower is marked as a reset.
/// </summary>
public sealed class CountsAcrossServerRestartTests(PostgresServer postgres) : IClassFixture<PostgresServer>, IAsyncLifetime
{
    private const string Printer = "smt-01-printer";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);
    private readonly string endpoint = $"opc.tcp://127.0.0.1:{FreePort.Next()}";
    private UaServer machine = null!;
    private Variable<ulong> goodCount = null!;
    private SamplePlantCopy plant = null!;
    private WebApplication silo = null!;

    private IGrainFactory Grains => silo.Services.GetRequiredService<IGrainFactory>();

    public async Task InitializeAsync()
    {
        await StartMachineAsync(goodCount: 100);
        plant = await SamplePlantCopy.WithEquipmentAtAsync(endpoint);
        silo = await TestSilo.StartAsync(await postgres.CreateDatabaseAsync(), "c" + Guid.NewGuid().ToString("N")[..8],
            "--Equipment:StartAgents=true", $"--MasterData:SamplesPath={plant.Folder}");
        await Eventually.True(async () => (await Status()).GoodCount == 100, Patience, "the printer's first reading");
    }

    public async Task DisposeAsync()
    {
        await silo.StopAsync();
        await silo.DisposeAsync();
        await machine.DisposeAsync();
        plant.Dispose();
    }

    [Fact]
    public async Task Counts_made_while_the_server_was_down_arrive_whole_after_its_restart_and_are_recorded_as_a_gap()
    {
        goodCount.Value = 103;
        await Eventually.True(async () => (await Status()).GoodCount == 103, Patience, "the count heard while connected");

        await RestartMachineAsync(goodCount: 110);

        var steps = await CountStepsUntil(total: 10);
        Assert.Equal([(3L, CounterDiscontinuity.None), (7L, CounterDiscontinuity.Gap)], steps);
    }

    [Fact]
    public async Task A_counter_that_came_back_from_zero_with_the_server_is_recorded_as_a_reset()
    {
        await RestartMachineAsync(goodCount: 4);

        var steps = await CountStepsUntil(total: 4);
        Assert.Equal([(4L, CounterDiscontinuity.Reset)], steps);
    }

    private async Task StartMachineAsync(ulong goodCount)
    {
        var uri = new Uri(endpoint);
        machine = new UaServer(new UaServerOptions { Port = uri.Port, HostName = uri.Host });
        var ns = machine.AddressSpace.RegisterNamespace("urn:zone-mes:plc-simulator");
        this.goodCount = machine.AddressSpace.AddVariable(WellKnownNodes.ObjectsFolder, new NodeId($"{Printer}.GoodCount", ns), "GoodCount", goodCount);
        await machine.StartAsync();
    }

    private async Task RestartMachineAsync(ulong goodCount)
    {
        await machine.DisposeAsync();
        await Eventually.True(async () => (await Status()).Link?.State == EquipmentLinkState.Disconnected, Patience, "the agent to notice the server gone");
        await StartMachineAsync(goodCount);
    }

    /// <summary>The printer's GoodCount steps as recorded for OEE, once they add up to <paramref name="total"/>.</summary>
    private async Task<List<(long Delta, CounterDiscontinuity Discontinuity)>> CountStepsUntil(long total)
    {
        var records = silo.Services.GetRequiredService<IMachineRecords>();
        List<(long, CounterDiscontinuity)> steps = [];
        await Eventually.True(async () =>
        {
            var now = DateTimeOffset.UtcNow;
            var counts = await records.Counts(Printer, now.AddHours(-1), now.AddHours(1), long.MaxValue);
            steps = [.. counts.Where(c => c.Counter == SignalKind.GoodCount).Select(c => (c.Delta, c.Discontinuity))];
            return steps.Sum(s => s.Item1) >= total;
        }, Patience, $"GoodCount steps adding up to {total}");
        return steps;
    }

    private async Task<MachineStatus> Status() =>
        (await Grains.GetGrain<IWorkstationGrain>(GrainKey.Workstation.For(Printer)).Get())!.Machine;
}

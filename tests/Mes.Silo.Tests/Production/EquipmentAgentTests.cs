using Mes.Contracts.Production;
using Mes.Contracts.Production.Equipment;
using Mes.Contracts.Production.Workstations;
using Mes.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Mes.Silo.Tests.Production;

/// <summary>
/// The telemetry path with real parts: the simulator process serving OPC UA, a silo whose master data
/// points its equipment at it, the equipment agent subscribing through Mes.OpcUa and feeding workstations.
/// </summary>
public sealed class EquipmentAgentTests(PostgresServer postgres) : IClassFixture<PostgresServer>, IAsyncLifetime
{
    private SamplePlantCopy plant = null!;
    private SimulatorProcess simulator = null!;
    private WebApplication silo = null!;

    private IGrainFactory Grains => silo.Services.GetRequiredService<IGrainFactory>();

    public async Task InitializeAsync()
    {
        simulator = await SimulatorProcess.StartAsync(speed: 20);
        plant = await SamplePlantCopy.WithEquipmentAtAsync(simulator.Endpoint);
        silo = await TestSilo.StartAsync(await postgres.CreateDatabaseAsync(), "c" + Guid.NewGuid().ToString("N")[..8],
            "--Equipment:StartAgents=true", $"--MasterData:SamplesPath={plant.Folder}");
    }

    public async Task DisposeAsync()
    {
        await silo.StopAsync();
        await silo.DisposeAsync();
        await simulator.DisposeAsync();
        plant.Dispose();
    }

    [Fact]
    public async Task The_agent_started_with_the_silo_feeds_the_machines_counts_and_states_to_their_workstations()
    {
        await Eventually.True(async () => (await Printer()).Machine.TotalCount > 0, TimeSpan.FromSeconds(90),
            "the printer's count to arrive from the simulator", () => simulator.Output);

        var printer = await Printer();
        var agent = await Grains.GetGrain<IEquipmentAgentGrain>(GrainKey.Equipment.For(simulator.Endpoint)).Get();
        Assert.Equal(EquipmentLinkState.Connected, printer.Machine.Link?.State);
        Assert.NotEqual("NonScheduled", printer.Machine.E10State);
        Assert.Equal(8, agent.Workstations);
        Assert.True(agent.Batches > 0 && agent.Values >= agent.Batches, $"{agent.Batches} batches, {agent.Values} values");
    }

    [Fact]
    public async Task A_machine_that_disappears_shows_disconnected_and_comes_back_by_itself()
    {
        await Eventually.True(async () => (await Printer()).Machine.Link?.State == EquipmentLinkState.Connected, TimeSpan.FromSeconds(90),
            "the first connection", () => simulator.Output);

        simulator.Kill();
        await Eventually.True(async () => (await Printer()).Machine.Link?.State == EquipmentLinkState.Disconnected, TimeSpan.FromSeconds(60),
            "the printer to show its machine disconnected");
        var down = (await Printer()).Machine;
        await simulator.RestartAsync();
        await Eventually.True(async () => (await Printer()).Machine is { Link.State: EquipmentLinkState.Connected } machine && machine.UpdatedAt > down.UpdatedAt,
            TimeSpan.FromSeconds(90), "the printer to hear its machine again", () => simulator.Output);

        Assert.False(string.IsNullOrWhiteSpace(down.Link!.Problem));
    }

    private async Task<WorkstationStatus> Printer() =>
        (await Grains.GetGrain<IWorkstationGrain>(GrainKey.Workstation.For("smt-01-printer")).Get())!;
}

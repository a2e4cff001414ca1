using Mes.Web.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Mes.Web.Tests;

[Collection(SimulatedPlantCollection.Name)]
public sealed class SimulatorTests(SimulatedPlantSystem plant)
{
    [Fact]
    public async Task A_fault_injected_on_the_simulator_turns_the_machines_tile_to_fault_within_two_seconds()
    {
        await using var context = await plant.NewContext();
        var dashboard = new DashboardPage(await context.NewPageAsync());
        await dashboard.SignIn(PlantSystem.ManagerUser, PlantSystem.ManagerPassword);
        await dashboard.LineIsLive();
        // The equipment agent has the machine's first values once the tile shows a state it published.
        await Expect(dashboard.Tile("smt-01-placer-1")).Not.ToHaveAttributeAsync("data-e10", "NonScheduled", new() { Timeout = 60_000 });

        await SimulatorConsole.InjectFault(plant.EquipmentEndpoint, "smt-01-placer-1", "NOZZLE-VACUUM", 120);

        // The bound, end to end: PLC → OPC UA subscription → equipment agent → workstation → line → page.
        var within = new LocatorAssertionsToHaveAttributeOptions { Timeout = 2000 };
        await Expect(dashboard.Tile("smt-01-placer-1")).ToHaveAttributeAsync("data-e10", "UnscheduledDown", within);
        await Expect(dashboard.Tile("smt-01-placer-1")).ToHaveAttributeAsync("data-alarm", "NOZZLE-VACUUM", within);
    }
}

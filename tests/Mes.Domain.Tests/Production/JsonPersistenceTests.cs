using System.Text.Json;
using Mes.Domain.Production.Genealogy;
using Mes.Domain.Production.Machines;
using Mes.Domain.Production.Units;
using Mes.Domain.Production.Workstations;
using Mes.Domain.Tests.Production.Units;
using Mes.Domain.Tests.Production.Workstations;

namespace Mes.Domain.Tests.Production;

/// <summary>The grains persist aggregates as System.Text.Json documents; what comes back must decide the same.</summary>
public sealed class JsonPersistenceTests
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    [Fact]
    public void A_workstation_read_back_from_json_keeps_its_session_setup_counters_and_open_downtime()
    {
        var map = new EquipmentNodeMap(SamplePlant.MasterData.Equipment);
        var placer = WorkstationSetup.Ready("smt-01-placer-1").Do(new LoadMaterial("1", WorkstationSetup.Reel("R-CAP", "CAP-0402-100N")));
        placer = placer.Fold([
            map.Decode("smt-01-placer-1.State", "Held", SamplePlant.Now).Signal!,
            map.Decode("smt-01-placer-1.Slots.1.Picks", 10, SamplePlant.Now).Signal!,
        ]).Workstation;

        var back = RoundTrip(placer);

        Assert.Equal(placer.Session, back.Session);
        Assert.Equal(placer.Setup["1"], back.Setup["1"]);
        Assert.Equal(placer.Counters["Slots.1.Picks"], back.Counters["Slots.1.Picks"]);
        Assert.Equal(placer.OpenDowntime, back.OpenDowntime);
        Assert.Equal(placer.Machine, back.Machine);
    }

    [Fact]
    public void A_unit_read_back_from_json_is_still_due_at_the_same_operation()
    {
        var unit = UnitJourney.NewUnit().PassUntil("aoi").Fail("aoi");

        var back = RoundTrip(unit);

        Assert.Equal(
            Assert.IsType<RouteStep.Next>(Routing.NextStep(unit, SamplePlant.Gw100)).Operation,
            Assert.IsType<RouteStep.Next>(Routing.NextStep(back, SamplePlant.Gw100)).Operation);
        Assert.Equal(unit.History.Select(r => r.RequestId), back.History.Select(r => r.RequestId));
    }

    [Fact]
    public void Events_carry_a_type_discriminator_so_a_journal_can_be_read_back()
    {
        UnitEvent completed = new OperationCompleted("S", UnitJourney.NewUnit().Pass("print").History[0], SamplePlant.Now);

        var back = JsonSerializer.Deserialize<UnitEvent>(JsonSerializer.Serialize(completed, Options), Options);

        Assert.Equal(OperationResult.Pass, Assert.IsType<OperationCompleted>(back).Record.Result);
    }

    private static T RoundTrip<T>(T value) => JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(value, Options), Options)!;
}

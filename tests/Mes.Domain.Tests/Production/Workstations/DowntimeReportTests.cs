using Mes.Domain.Production.Decisions;
using Mes.Domain.Production.Machines;
using Mes.Domain.Production.Workstations;

namespace Mes.Domain.Tests.Production.Workstations;

public sealed class DowntimeReportTests
{
    private static readonly EquipmentNodeMap Map = new(SamplePlant.MasterData.Equipment);

    [Fact]
    public void A_reason_reported_while_the_machine_looks_available_opens_an_operator_downtime()
    {
        var pack = WorkstationSetup.Ready("smt-01-pack").Do(new ReportDowntime("MAT"));

        Assert.Equal(("MAT", DowntimeSource.Operator, E10State.UnscheduledDown),
            (pack.OpenDowntime?.ReasonCode, pack.OpenDowntime?.Source, pack.OpenDowntime?.Category));
    }

    [Fact]
    public void An_operator_downtime_ends_when_the_machine_produces_again()
    {
        var pack = WorkstationSetup.Ready("smt-01-pack").Do(new ReportDowntime("MAT"));

        var fold = pack.Fold([Map.Decode("smt-01-pack.State", "Execute", SamplePlant.Now.AddMinutes(12)).Signal!]);

        var ended = Assert.Single(fold.Events.OfType<DowntimeEnded>()).Downtime;
        Assert.Equal(TimeSpan.FromMinutes(12), ended.EndedAt - ended.StartedAt);
    }

    [Fact]
    public void A_reason_code_not_in_the_list_is_refused()
    {
        var decision = WorkstationSetup.Ready("smt-01-pack").Decide(new ReportDowntime("COFFEE"), SamplePlant.MasterData, SamplePlant.Now);

        Assert.Equal((RefusalReason.UnknownReasonCode, "reasonCode"), (decision.RefusedWith?.Reason, decision.RefusedWith?.Field));
    }
}

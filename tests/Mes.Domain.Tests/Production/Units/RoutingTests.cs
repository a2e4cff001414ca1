using Mes.Domain.Production.Decisions;
using Mes.Domain.Production.Units;

namespace Mes.Domain.Tests.Production.Units;

public sealed class RoutingTests
{
    [Fact]
    public void A_new_unit_starts_at_the_first_operation_of_its_route()
    {
        var unit = UnitJourney.NewUnit();

        var next = Assert.IsType<RouteStep.Next>(Routing.NextStep(unit, SamplePlant.Gw100));

        Assert.Equal("print", next.Operation.Id);
    }

    [Fact]
    public void Scanning_a_unit_at_an_operation_it_is_not_due_at_is_refused_naming_the_operation_it_is_due_at()
    {
        var unit = UnitJourney.NewUnit().Pass("print");

        var refused = Refusal(unit, "place-1");

        Assert.Equal(RefusalReason.OutOfRoute, refused.Reason);
        Assert.Contains("Solder-paste inspection", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Scan_of_a_unit_whose_previous_operation_failed_is_refused_with_the_reason()
    {
        var unit = UnitJourney.NewUnit().PassUntil("test").Fail("test", "no-boot");

        var refused = Refusal(unit, "pack");

        Assert.Equal(RefusalReason.PreviousOperationFailed, refused.Reason);
        Assert.Equal(UnitStatus.Failed, unit.Status);
    }

    [Fact]
    public void A_unit_failing_aoi_is_sent_to_manual_rework()
    {
        var unit = UnitJourney.NewUnit().PassUntil("aoi").Fail("aoi");

        var next = Assert.IsType<RouteStep.Next>(Routing.NextStep(unit, SamplePlant.Gw100));

        Assert.Equal("rework", next.Operation.Id);
        Assert.Equal(UnitStatus.InProcess, unit.Status);
    }

    [Fact]
    public void After_rework_the_unit_returns_to_aoi_and_may_not_skip_it()
    {
        var unit = UnitJourney.NewUnit().PassUntil("aoi").Fail("aoi").Pass("rework");

        var refused = Refusal(unit, "test");

        Assert.Equal(RefusalReason.OutOfRoute, refused.Reason);
        Assert.Equal("aoi", Assert.IsType<RouteStep.Next>(Routing.NextStep(unit, SamplePlant.Gw100)).Operation.Id);
    }

    [Fact]
    public void A_unit_passing_aoi_after_rework_goes_on_to_test()
    {
        var unit = UnitJourney.NewUnit().PassUntil("aoi").Fail("aoi").Pass("rework").Pass("aoi");

        Assert.Equal("test", Assert.IsType<RouteStep.Next>(Routing.NextStep(unit, SamplePlant.Gw100)).Operation.Id);
    }

    [Fact]
    public void A_unit_failing_aoi_again_after_the_loops_two_attempts_is_stopped()
    {
        var unit = UnitJourney.NewUnit().PassUntil("aoi")
            .Fail("aoi").Pass("rework")
            .Fail("aoi").Pass("rework")
            .Fail("aoi");

        var refused = Refusal(unit, "rework");

        Assert.Equal(RefusalReason.ReworkLimitReached, refused.Reason);
        Assert.Equal(UnitStatus.Failed, unit.Status);
    }

    [Fact]
    public void A_unit_that_passed_pack_has_finished_its_route()
    {
        var unit = UnitJourney.NewUnit().PassUntil("none");

        Assert.Equal(UnitStatus.Passed, unit.Status);
        Assert.IsType<RouteStep.Finished>(Routing.NextStep(unit, SamplePlant.Gw100));
    }

    [Fact]
    public void A_held_unit_cannot_start_and_the_message_gives_the_hold_reason()
    {
        var unit = Hold(UnitJourney.NewUnit(), "suspect paste lot");

        var refused = Refusal(unit, "print");

        Assert.Equal(RefusalReason.UnitOnHold, refused.Reason);
        Assert.Contains("suspect paste lot", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_released_unit_continues_where_it_was()
    {
        var held = Hold(UnitJourney.NewUnit(), "suspect paste lot");
        var released = held.Accepting(held.Decide(new ReleaseUnit("B1004"), SamplePlant.Now));

        Assert.IsType<Decision<UnitEvent>.Accepted>(
            released.Decide(new StartOperation("r1", "print"), UnitJourney.At("print"), SamplePlant.Now));
    }

    [Fact]
    public void A_scrapped_unit_cannot_start()
    {
        var unit = UnitJourney.NewUnit();
        unit = unit.Accepting(unit.Decide(new ScrapUnit("board cracked", "B1004"), SamplePlant.Now));

        Assert.Equal(RefusalReason.UnitScrapped, Refusal(unit, "print").Reason);
    }

    [Fact]
    public void A_unit_of_another_order_is_refused()
    {
        var unit = Unit.From(new UnitRegistered("PO-2-00001", "PO-2", "GW-100", SamplePlant.Now));

        Assert.Equal(RefusalReason.WrongOrder, Refusal(unit, "print").Reason);
    }

    [Fact]
    public void An_operation_pinned_to_placer_1_is_refused_at_placer_2()
    {
        var unit = UnitJourney.NewUnit().PassUntil("place-1");
        var atPlacer2 = UnitJourney.At("place-1") with { Workstation = SamplePlant.Workstation("smt-01-placer-2") };

        var decision = unit.Decide(new StartOperation("s", "place-1"), atPlacer2, SamplePlant.Now);

        Assert.Equal(RefusalReason.WrongWorkstation, decision.RefusedWith?.Reason);
    }

    [Fact]
    public void An_operator_whose_certification_expired_is_refused_at_start_with_the_expiry_date()
    {
        var unit = UnitJourney.NewUnit().PassUntil("test");
        var mehmet = SamplePlant.Operator("B1003");

        var decision = unit.Decide(new StartOperation("s", "test"), UnitJourney.At("test", mehmet), SamplePlant.Now);

        var refusal = decision.RefusedWith!;
        Assert.Equal(RefusalReason.CertificationExpired, refusal.Reason);
        Assert.Contains("FCT expired on 2026-03-31", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_unit_scanned_at_placer_2_starts_the_operation_pinned_there_when_it_is_due()
    {
        var unit = UnitJourney.NewUnit().PassUntil("place-2");

        Assert.Equal("place-2", Routing.OperationToStart(unit, SamplePlant.Gw100, SamplePlant.Workstation("smt-01-placer-2")));
    }

    [Fact]
    public void A_unit_scanned_at_a_station_it_is_not_due_at_gets_that_stations_operation_so_the_start_names_where_it_is_due()
    {
        var unit = UnitJourney.NewUnit().PassUntil("aoi");

        var operationId = Routing.OperationToStart(unit, SamplePlant.Gw100, SamplePlant.Workstation("smt-01-test"));

        Assert.Equal("test", operationId);
        Assert.Contains("due at Optical inspection", Refusal(unit, operationId!).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_unit_with_an_operation_in_progress_cannot_start_another()
    {
        var unit = UnitJourney.NewUnit().Start("print");

        Assert.Equal(RefusalReason.OperationInProgress, Refusal(unit, "print").Reason);
    }

    private static Refusal Refusal(Unit unit, string operationId) =>
        unit.Decide(new StartOperation("scan-1", operationId), UnitJourney.At(operationId), SamplePlant.Now).RefusedWith
        ?? throw new Xunit.Sdk.XunitException($"start of {operationId} was not refused");

    private static Unit Hold(Unit unit, string reason) => unit.Accepting(unit.Decide(new HoldUnit(reason, "B1004"), SamplePlant.Now));
}

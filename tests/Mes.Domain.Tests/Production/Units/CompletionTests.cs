using Mes.Domain.Production.Decisions;
using Mes.Domain.Production.Genealogy;
using Mes.Domain.Production.Units;

namespace Mes.Domain.Tests.Production.Units;

public sealed class CompletionTests
{
    [Fact]
    public void A_repeated_completion_with_the_same_request_id_is_a_duplicate_and_changes_nothing()
    {
        var started = UnitJourney.NewUnit().PassUntil("test").Start("test");
        var completion = UnitJourney.Completion(started, "test", OperationResult.Pass);
        var completed = started.Accepting(started.Decide(completion, UnitJourney.At("test"), SamplePlant.Now));

        var again = completed.Decide(completion, UnitJourney.At("test"), SamplePlant.Now.AddSeconds(5));

        Assert.IsType<Decision<UnitEvent>.Duplicate>(again);
        Assert.Single(completed.History, r => r.OperationId == "test");
    }

    [Fact]
    public void A_request_id_reused_for_another_result_is_refused()
    {
        var started = UnitJourney.NewUnit().PassUntil("test").Start("test");
        var completion = UnitJourney.Completion(started, "test", OperationResult.Pass);
        var completed = started.Accepting(started.Decide(completion, UnitJourney.At("test"), SamplePlant.Now));

        var decision = completed.Decide(completion with { Result = OperationResult.Fail }, UnitJourney.At("test"), SamplePlant.Now);

        Assert.Equal(RefusalReason.RequestIdReused, decision.RefusedWith?.Reason);
    }

    [Fact]
    public void A_pass_with_a_supply_voltage_outside_3_3_volts_plus_minus_5_percent_is_refused_naming_the_step()
    {
        var started = UnitJourney.NewUnit().PassUntil("test").Start("test");
        // 3.3 V × 1.05 = 3.465 V upper limit; 3.47 V is above it.
        var completion = UnitJourney.Completion(started, "test", OperationResult.Pass) with
        {
            Measurements = [new("supply-voltage", 3.47m), new("supply-current", 120m), new("eth-link", 1m)],
        };

        var refusal = started.Decide(completion, UnitJourney.At("test"), SamplePlant.Now).RefusedWith!;

        Assert.Equal((RefusalReason.MeasurementOutOfLimits, "measurements[supply-voltage]"), (refusal.Reason, refusal.Field));
    }

    [Fact]
    public void A_supply_voltage_exactly_at_the_lower_limit_passes()
    {
        var started = UnitJourney.NewUnit().PassUntil("test").Start("test");
        var completion = UnitJourney.Completion(started, "test", OperationResult.Pass) with
        {
            Measurements = [new("supply-voltage", 3.135m), new("supply-current", 80m), new("eth-link", 1m)],
        };

        Assert.IsType<Decision<UnitEvent>.Accepted>(started.Decide(completion, UnitJourney.At("test"), SamplePlant.Now));
    }

    [Fact]
    public void A_pass_missing_a_test_step_is_refused()
    {
        var started = UnitJourney.NewUnit().PassUntil("test").Start("test");
        var completion = UnitJourney.Completion(started, "test", OperationResult.Pass) with { Measurements = [new("supply-voltage", 3.3m)] };

        Assert.Equal(RefusalReason.MeasurementMissing, started.Decide(completion, UnitJourney.At("test"), SamplePlant.Now).RefusedWith?.Reason);
    }

    [Fact]
    public void A_fail_with_neither_defect_code_nor_failing_measurement_is_refused()
    {
        var started = UnitJourney.NewUnit().Start("print");
        var completion = UnitJourney.Completion(started, "print", OperationResult.Fail);

        Assert.Equal(RefusalReason.DefectCodeRequired, started.Decide(completion, UnitJourney.At("print"), SamplePlant.Now).RefusedWith?.Reason);
    }

    [Fact]
    public void A_fail_carried_by_an_out_of_limit_measurement_needs_no_defect_code()
    {
        var started = UnitJourney.NewUnit().PassUntil("test").Start("test");
        var completion = UnitJourney.Completion(started, "test", OperationResult.Fail) with { Measurements = [new("supply-current", 400m)] };

        Assert.IsType<Decision<UnitEvent>.Accepted>(started.Decide(completion, UnitJourney.At("test"), SamplePlant.Now));
    }

    [Fact]
    public void Completing_an_operation_that_was_not_started_is_refused()
    {
        var unit = UnitJourney.NewUnit();

        var decision = unit.Decide(UnitJourney.Completion(unit, "print", OperationResult.Pass), UnitJourney.At("print"), SamplePlant.Now);

        Assert.Equal(RefusalReason.OperationNotStarted, decision.RefusedWith?.Reason);
    }

    [Fact]
    public void The_completion_record_names_unit_station_operator_time_result_and_lots()
    {
        var started = UnitJourney.NewUnit().Start("print");
        ConsumedLot paste = new("paste", "LOT-SP-7", "SP-SAC305", 0.85m, QuantitySource.BomQtyPer);
        var completion = UnitJourney.Completion(started, "print", OperationResult.Pass) with { ConsumedLots = [paste] };

        var completed = started.Accepting(started.Decide(completion, UnitJourney.At("print"), SamplePlant.Now.AddSeconds(15)));

        var record = Assert.Single(completed.History);
        Assert.Equal(
            ("PO-1-00001", "smt-01-printer", "B1004", SamplePlant.Now.AddSeconds(15), OperationResult.Pass),
            (record.Serial, record.WorkstationId, record.Badge, record.CompletedAt, record.Result));
        Assert.Equal([paste], record.ConsumedLots);
    }
}

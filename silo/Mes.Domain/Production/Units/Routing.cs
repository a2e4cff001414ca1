using Mes.Domain.Production.Decisions;
using Mes.Domain.Production.Genealogy;
using Mes.Domain.Production.MasterData;
using Mes.Domain.Production.Operators;

namespace Mes.Domain.Production.Units;

/// <summary>
/// Route enforcement. A unit moves along the main sequence while it passes; a failure enters the rework
/// loop declared for the failed operation (rework, then back to the operation named by the loop) until
/// the loop's attempts are used up; a failure with no loop, or of the rework itself, stops the unit.
/// </summary>
public static class Routing
{
    /// <summary>Where <paramref name="route"/> takes <paramref name="unit"/> next, from its history.</summary>
    public static RouteStep NextStep(Unit unit, Route route) => NextStep(unit.Serial, unit.History, route);

    /// <summary>
    /// The operation a unit scanned at <paramref name="workstation"/> should start: its next operation when
    /// that runs here, otherwise the first operation of the route that runs here (so that
    /// <see cref="CanStart"/> names what the unit is due at instead); null when nothing on the route runs here.
    /// </summary>
    public static string? OperationToStart(Unit unit, Route route, WorkstationDefinition workstation)
    {
        ArgumentNullException.ThrowIfNull(route);
        return NextStep(unit, route) is RouteStep.Next next && next.Operation.RunsAt(workstation)
            ? next.Operation.Id
            : route.Operations.FirstOrDefault(o => o.RunsAt(workstation))?.Id;
    }

    /// <summary>
    /// Whether the unit may start the operation at the context's workstation, by the context's operator,
    /// for the context's order: the unit belongs to the order and product, is not held, scrapped or
    /// shipped, has nothing in progress, the operation is its next step and runs at this workstation, and
    /// the operator's certification for it is valid at <paramref name="now"/>.
    /// </summary>
    public static Decision<UnitEvent> CanStart(Unit unit, StartOperation command, RouteContext context, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(context);
        if (unit.Current is { } current)
        {
            return current.RequestId == command.RequestId
                ? new Decision<UnitEvent>.Duplicate(command.RequestId)
                : Refuse(RefusalReason.OperationInProgress, "serial",
                    $"Unit {unit.Serial} is still in {current.OperationId} at {current.WorkstationId}; complete it first.");
        }

        if (Disqualified(unit, context) is { } refusal)
        {
            return new Decision<UnitEvent>.Refused(refusal);
        }

        var route = context.Route;
        if (route.Find(command.OperationId) is not { } operation)
        {
            return Refuse(RefusalReason.UnknownOperation, "operationId",
                $"The route of {route.ProductNo} has no operation {command.OperationId}.");
        }

        if (!operation.RunsAt(context.Workstation))
        {
            return Refuse(RefusalReason.WrongWorkstation, "operationId",
                $"{operation.Name} is not done at {context.Workstation.Id}.");
        }

        switch (NextStep(unit, route))
        {
            case RouteStep.Finished:
                return Refuse(RefusalReason.RouteComplete, "serial", $"Unit {unit.Serial} has finished its route.");
            case RouteStep.Blocked blocked:
                return new Decision<UnitEvent>.Refused(blocked.Refusal);
            case RouteStep.Next next when next.Operation.Id != operation.Id:
                return Refuse(RefusalReason.OutOfRoute, "operationId",
                    $"Unit {unit.Serial} is due at {next.Operation.Name}, not {operation.Name}.");
        }

        if (Qualification.Check(context.Operator, operation.RequiredCertification, now) is { } unqualified)
        {
            return new Decision<UnitEvent>.Refused(unqualified);
        }

        var started = new OperationInProgress(operation.Id, context.Workstation.Id, context.Operator.Badge, now, command.RequestId);
        return Decision<UnitEvent>.Accept(new OperationStarted(unit.Serial, started, now));
    }

    /// <summary>
    /// Whether the unit may complete the operation with the given result: the operation was started,
    /// every measurement names a test step, a pass has every step measured within limits, a fail names a
    /// defect or carries a failing measurement. A request id already recorded is a duplicate.
    /// </summary>
    public static Decision<UnitEvent> CanComplete(Unit unit, CompleteOperation command, RouteContext context, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(context);
        if (unit.History.FirstOrDefault(r => r.RequestId == command.RequestId) is { } done)
        {
            return done.OperationId == command.OperationId && done.Result == command.Result
                ? new Decision<UnitEvent>.Duplicate(command.RequestId)
                : Refuse(RefusalReason.RequestIdReused, "requestId",
                    $"Request {command.RequestId} already completed {done.OperationId} with {done.Result}.");
        }

        if (unit.Current is not { } current || current.OperationId != command.OperationId)
        {
            return Refuse(RefusalReason.OperationNotStarted, "operationId",
                $"{command.OperationId} was not started on unit {unit.Serial}.");
        }

        if (context.Route.Find(current.OperationId) is not { } operation)
        {
            return Refuse(RefusalReason.UnknownOperation, "operationId",
                $"The route of {context.Route.ProductNo} no longer has operation {current.OperationId}.");
        }

        if (TestStepRefusal(operation, command) is { } refusal)
        {
            return new Decision<UnitEvent>.Refused(refusal);
        }

        var record = new OperationRecord(unit.Serial, unit.OrderNo, unit.ProductNo, operation.Id, current.WorkstationId,
            current.Badge, current.StartedAt, now, command.Result, command.DefectCodes, command.Measurements,
            command.ConsumedLots, command.ComponentSerials, command.RequestId, UnitStatus.InProcess);
        var after = NextStep(unit.Serial, [.. unit.History, record], context.Route) switch
        {
            RouteStep.Finished => UnitStatus.Passed,
            RouteStep.Blocked => UnitStatus.Failed,
            _ => UnitStatus.InProcess,
        };
        return Decision<UnitEvent>.Accept(new OperationCompleted(unit.Serial, record with { StatusAfter = after }, now));
    }

    private static Refusal? Disqualified(Unit unit, RouteContext context)
    {
        if (unit.ProductNo != context.Route.ProductNo)
        {
            return new Refusal(RefusalReason.WrongProduct, "serial",
                $"Unit {unit.Serial} is a {unit.ProductNo}, not a {context.Route.ProductNo}.");
        }

        if (unit.OrderNo != context.OrderNo)
        {
            return new Refusal(RefusalReason.WrongOrder, "serial",
                $"Unit {unit.Serial} belongs to order {unit.OrderNo}, not {context.OrderNo}.");
        }

        return unit.Progress switch
        {
            UnitStatus.Shipped => new Refusal(RefusalReason.UnitShipped, "serial", $"Unit {unit.Serial} has been shipped."),
            UnitStatus.Scrapped => new Refusal(RefusalReason.UnitScrapped, "serial", $"Unit {unit.Serial} has been scrapped."),
            _ when unit.OnHold is { } hold => new Refusal(RefusalReason.UnitOnHold, "serial",
                $"Unit {unit.Serial} is on hold: {hold.Reason}."),
            _ => null,
        };
    }

    private static Refusal? TestStepRefusal(Operation operation, CompleteOperation command)
    {
        for (var i = 0; i < command.Measurements.Count; i++)
        {
            if (operation.TestSteps.All(s => s.Name != command.Measurements[i].Step))
            {
                return new Refusal(RefusalReason.UnknownTestStep, $"measurements[{i}].step",
                    $"{operation.Name} has no test step {command.Measurements[i].Step}.");
            }
        }

        var failing = command.Measurements.Where(m => !operation.TestSteps.First(s => s.Name == m.Step).Accepts(m.Value)).ToList();
        if (command.Result == OperationResult.Fail)
        {
            return command.DefectCodes.Count == 0 && failing.Count == 0
                ? new Refusal(RefusalReason.DefectCodeRequired, "defectCodes", "Give a defect code for the failure.")
                : null;
        }

        foreach (var step in operation.TestSteps)
        {
            var measured = command.Measurements.FirstOrDefault(m => m.Step == step.Name);
            if (measured is null)
            {
                return new Refusal(RefusalReason.MeasurementMissing, "measurements",
                    $"{step.Name} was not measured; a pass needs every test step.");
            }

            if (!step.Accepts(measured.Value))
            {
                return new Refusal(RefusalReason.MeasurementOutOfLimits, $"measurements[{step.Name}]",
                    FormattableString.Invariant($"{step.Name} = {measured.Value} {step.Unit} is outside {step.LimitsText}; the unit cannot pass."));
            }
        }

        return null;
    }

    private static RouteStep NextStep(string serial, IReadOnlyList<OperationRecord> history, Route route)
    {
        if (history.Count == 0)
        {
            return route.MainSequence.FirstOrDefault() is { } first ? new RouteStep.Next(first) : new RouteStep.Finished();
        }

        var last = history[^1];
        if (route.Find(last.OperationId) is not { } operation)
        {
            // The unit was built on another version of the route; only a supervisor can place it on this one.
            return Blocked(RefusalReason.UnknownOperation, $"Unit {serial} last did {last.OperationId}, which this route does not have.");
        }

        if (last.Result == OperationResult.Pass)
        {
            if (operation.IsRework)
            {
                return route.LoopThrough(operation.Id) is { } back
                    ? new RouteStep.Next(route.Op(back.ReturnTo))
                    : Blocked(RefusalReason.OutOfRoute, $"Rework {operation.Name} of unit {serial} leads nowhere on the route.");
            }

            return route.After(operation.Id) is { } next ? new RouteStep.Next(next) : new RouteStep.Finished();
        }

        if (operation.IsRework || route.LoopOnFailOf(operation.Id) is not { } loop)
        {
            return Blocked(RefusalReason.PreviousOperationFailed,
                $"Unit {serial} failed {operation.Name}; it needs a disposition before it can go on.");
        }

        var attempts = history.Count(r => r.OperationId == loop.ReworkOperation);
        return attempts >= loop.MaxAttempts
            ? Blocked(RefusalReason.ReworkLimitReached,
                $"Unit {serial} failed {operation.Name} after {attempts} reworks; it needs a disposition.")
            : new RouteStep.Next(route.Op(loop.ReworkOperation));
    }

    private static RouteStep Blocked(RefusalReason reason, string message) =>
        new RouteStep.Blocked(new Refusal(reason, "serial", message));

    private static Decision<UnitEvent> Refuse(RefusalReason reason, string field, string message) =>
        Decision<UnitEvent>.Refuse(reason, field, message);
}

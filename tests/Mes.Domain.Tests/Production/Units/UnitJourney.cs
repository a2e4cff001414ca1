using Mes.Domain.Production.Decisions;
using Mes.Domain.Production.Genealogy;
using Mes.Domain.Production.MasterData;
using Mes.Domain.Production.Units;

namespace Mes.Domain.Tests.Production.Units;

/// <summary>Moves a unit of order PO-1 along the sample route through the real rules.</summary>
internal static class UnitJourney
{
    public const string OrderNo = "PO-1";

    public static readonly IReadOnlyList<Measurement> GoodTest =
        [new("supply-voltage", 3.30m), new("supply-current", 120m), new("eth-link", 1m)];

    public static Unit NewUnit(string serial = "PO-1-00001") =>
        Unit.From(new UnitRegistered(serial, OrderNo, "GW-100", SamplePlant.Now));

    public static RouteContext At(string operationId, Operator? worker = null) =>
        new(SamplePlant.Gw100, StationFor(operationId), worker ?? SamplePlant.Supervisor, OrderNo);

    public static WorkstationDefinition StationFor(string operationId)
    {
        var operation = SamplePlant.Gw100.Op(operationId);
        return SamplePlant.MasterData.Workstations.First(operation.RunsAt);
    }

    public static Unit Start(this Unit unit, string operationId, DateTimeOffset? at = null) =>
        unit.Accepting(unit.Decide(new StartOperation($"start-{operationId}-{unit.History.Count}", operationId), At(operationId), at ?? SamplePlant.Now));

    public static Unit Complete(this Unit unit, string operationId, OperationResult result, params string[] defects) =>
        unit.Accepting(unit.Decide(Completion(unit, operationId, result, defects), At(operationId), SamplePlant.Now));

    public static CompleteOperation Completion(Unit unit, string operationId, OperationResult result, params string[] defects) =>
        new($"done-{operationId}-{unit.History.Count}", operationId, result, defects,
            operationId == "test" && result == OperationResult.Pass ? GoodTest : [], [], []);

    public static Unit Pass(this Unit unit, string operationId) =>
        unit.Start(operationId).Complete(operationId, OperationResult.Pass);

    public static Unit Fail(this Unit unit, string operationId, string defect = "solder-bridge") =>
        unit.Start(operationId).Complete(operationId, OperationResult.Fail, defect);

    /// <summary>Passes the main operations up to, not including, <paramref name="operationId"/>.</summary>
    public static Unit PassUntil(this Unit unit, string operationId)
    {
        foreach (var operation in SamplePlant.Gw100.MainSequence.TakeWhile(o => o.Id != operationId))
        {
            unit = unit.Pass(operation.Id);
        }

        return unit;
    }

    public static Unit Accepting(this Unit unit, Decision<UnitEvent> decision)
    {
        var accepted = Assert.IsType<Decision<UnitEvent>.Accepted>(decision);
        return accepted.Events.Aggregate(unit, (u, e) => u.Apply(e));
    }
}

using Mes.Contracts.Production;
using Mes.Contracts.Production.Units;
using Mes.Domain.Production.Decisions;
using Mes.Domain.Production.Genealogy;
using Mes.Domain.Production.MasterData;
using Mes.Domain.Production.Units;
using Mes.Grains.Production.Journal;
using Mes.Grains.Production.MasterData;
using Mes.Grains.Production.Orders;
using Refusal = Mes.Contracts.Production.Refusal;

namespace Mes.Grains.Production.Units;

/// <summary>A serialised unit: route enforcement, results, holds and disposition, decided by the domain.</summary>
[GrainType("unit")]
public sealed class UnitGrain(
    [PersistentState("unit", StorageNames.Mes)] IPersistentState<AggregateState<Unit>> state,
    IProductionHistory history,
    PlantCatalog catalog,
    TimeProvider clock) : AggregateGrain<Unit, UnitEvent>(state, history), IUnitGrain, IUnitRouting
{
    private Route? route;

    private string Serial => GrainKey.Unit.IdOf(Key);

    /// <inheritdoc />
    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (Aggregate is { } unit)
        {
            route = (await catalog.Current())?.FindRoute(unit.ProductNo);
        }
    }

    /// <inheritdoc />
    public Task<UnitSnapshot?> Get() => Task.FromResult(Snapshot());

    /// <inheritdoc />
    public async Task<Outcome<UnitSnapshot>> Register(RegisterUnit registration)
    {
        ArgumentNullException.ThrowIfNull(registration);
        if (Aggregate is { } existing)
        {
            return existing.OrderNo == registration.OrderNo
                ? Outcome.Done(Snapshot()!, repeated: true)
                : Outcome.Refused<UnitSnapshot>(Refusals.Rule(RefusalReason.DuplicateSerial, "serial",
                    $"Serial {Serial} is already registered to order {existing.OrderNo}."));
        }

        await Commit(null, [new UnitRegistered(Serial, registration.OrderNo, registration.ProductNo, clock.GetUtcNow())], null);
        return Outcome.Done(Snapshot()!);
    }

    /// <inheritdoc />
    public async Task<Outcome<UnitSnapshot>> Start(StartOnRoute call)
    {
        ArgumentNullException.ThrowIfNull(call);
        var firstOperation = Aggregate?.History.Count == 0;
        var outcome = await Run(call.RequestId, call, async () =>
        {
            var context = await Context(call.RouteVersion, call.WorkstationId, call.Badge, call.OrderNo);
            if (context.Refusal is { } refusal)
            {
                return Attempt.Refuse(refusal);
            }

            var unit = Aggregate!;
            var operationId = call.OperationId ?? Routing.OperationToStart(unit, context.Route!.Route, context.Route.Workstation);
            return operationId is null
                ? Attempt.Refuse(Refusals.Rule(RefusalReason.WrongWorkstation, "workstationId",
                    $"Nothing on the route of {unit.ProductNo} is done at {call.WorkstationId}."))
                : Attempt.Decided(unit, unit.Decide(new StartOperation(call.RequestId, operationId), context.Route!, clock.GetUtcNow()));
        }, () => Snapshot()!);
        if (outcome.Succeeded && firstOperation)
        {
            await Order(Aggregate!.OrderNo).UnitStarted();
        }

        return outcome;
    }

    /// <inheritdoc />
    public async Task<Outcome<UnitCompletion>> Complete(CompleteOnRoute call)
    {
        ArgumentNullException.ThrowIfNull(call);
        if (string.IsNullOrWhiteSpace(call.RequestId))
        {
            return Outcome.Refused<UnitCompletion>(Refusals.RequestIdMissing());
        }

        var context = await Context(call.RouteVersion, call.WorkstationId, Aggregate?.Current?.Badge, call.OrderNo);
        if (context.Refusal is { } refusal)
        {
            return Outcome.Refused<UnitCompletion>(refusal);
        }

        var unit = Aggregate!;
        var done = unit.History.FirstOrDefault(r => r.RequestId == call.RequestId);
        var command = new CompleteOperation(call.RequestId,
            unit.Current?.OperationId ?? done?.OperationId ?? string.Empty,
            call.Passed ? OperationResult.Pass : OperationResult.Fail,
            [.. call.DefectCodes], UnitSnapshots.ToDomain(call.Measurements), UnitSnapshots.ToDomain(call.ConsumedLots),
            [.. call.ComponentSerials]);
        switch (unit.Decide(command, context.Route!, clock.GetUtcNow()))
        {
            case Decision<UnitEvent>.Refused refused:
                return Outcome.Refused<UnitCompletion>(Refusals.From(refused.Refusal));
            case Decision<UnitEvent>.Accepted accepted:
                await Commit(unit, accepted.Events, null);
                var record = accepted.Events.OfType<OperationCompleted>().Single().Record;
                await TellOrder(record);
                return Outcome.Done(new UnitCompletion(Snapshot()!, UnitSnapshots.FromDomain(record.ConsumedLots)));
            default:
                // A retry: the order may not have heard of the first attempt.
                await TellOrder(done!);
                return Outcome.Done(new UnitCompletion(Snapshot()!, UnitSnapshots.FromDomain(done!.ConsumedLots)), repeated: true);
        }
    }

    /// <inheritdoc />
    public Task<Outcome<UnitSnapshot>> Hold(HoldRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Decide(request.RequestId, request, new HoldUnit(request.Reason?.Trim() ?? string.Empty, request.By));
    }

    /// <inheritdoc />
    public Task<Outcome<UnitSnapshot>> Release(ReleaseRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Decide(request.RequestId, request, new ReleaseUnit(request.By));
    }

    /// <inheritdoc />
    public async Task<Outcome<UnitSnapshot>> Scrap(ScrapRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var outcome = await Decide(request.RequestId, request, new ScrapUnit(request.Reason?.Trim() ?? string.Empty, request.By));
        if (outcome.Succeeded)
        {
            await Order(Aggregate!.OrderNo).CountScrap(Serial);
        }

        return outcome;
    }

    /// <inheritdoc />
    public Task<Outcome<UnitSnapshot>> Ship(ShipRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return string.IsNullOrWhiteSpace(request.ShipmentNo)
            ? Task.FromResult(Outcome.Refused<UnitSnapshot>(Refusal.Invalid("shipmentNo", "is required")))
            : Decide(request.RequestId, request, new ShipUnit(request.ShipmentNo.Trim()));
    }

    /// <inheritdoc />
    protected override Unit? Apply(Unit? aggregate, UnitEvent change) =>
        aggregate is null && change is UnitRegistered registered ? Unit.From(registered) : aggregate?.Apply(change);

    /// <inheritdoc />
    protected override DateTimeOffset TimeOf(UnitEvent change) => change.At;

    private Task<Outcome<UnitSnapshot>> Decide(string requestId, object request, UnitCommand command) =>
        RunOnAggregate(requestId, request, unit => unit.Decide(command, clock.GetUtcNow()), NotFound, () => Snapshot()!);

    private async Task<(RouteContext? Route, Refusal? Refusal)> Context(int routeVersion, string workstationId, string? badge, string orderNo)
    {
        if (Aggregate is not { } unit)
        {
            return (null, NotFound());
        }

        if (await catalog.Version(routeVersion) is not { } master)
        {
            return (null, Refusals.MasterDataMissing());
        }

        if (master.FindRoute(unit.ProductNo) is not { } productRoute)
        {
            return (null, Refusals.Rule(RefusalReason.UnknownProduct, "productNo",
                $"Product {unit.ProductNo} has no routing in master data version {master.Version}."));
        }

        if (master.FindWorkstation(workstationId) is not { } workstation)
        {
            return (null, Refusal.NotFound(GrainKey.Workstation.ResourceType, workstationId, "workstationId"));
        }

        route = productRoute;

        // Certifications are checked against the newest master data: a renewal counts at once.
        var worker = badge is null ? null : (await catalog.Current())?.FindOperator(badge) ?? master.FindOperator(badge);
        if (worker is null)
        {
            return badge is null
                ? (new RouteContext(productRoute, workstation, new Operator(string.Empty, string.Empty, []), orderNo), null)
                : (null, Refusals.Rule(RefusalReason.UnknownBadge, "badge", $"Badge {badge} is not known."));
        }

        return (new RouteContext(productRoute, workstation, worker, orderNo), null);
    }

    private Task TellOrder(OperationRecord record) =>
        Order(record.OrderNo).Count(new CountResult(record.RequestId, record.Serial, record.OperationId,
            record.Result == OperationResult.Pass, record.StatusAfter == UnitStatus.Passed));

    private IOrderExecution Order(string orderNo) => GrainFactory.GetGrain<IOrderExecution>(GrainKey.Order.For(orderNo));

    private Refusal NotFound() => Refusal.NotFound(GrainKey.Unit.ResourceType, Serial, "serial");

    private UnitSnapshot? Snapshot() => Aggregate is { } unit ? UnitSnapshots.From(unit, route, Sequence) : null;
}

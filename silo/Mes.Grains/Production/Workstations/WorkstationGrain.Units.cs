using Mes.Contracts.Production;
using Mes.Contracts.Production.Lots;
using Mes.Contracts.Production.Units;
using Mes.Contracts.Production.Workstations;
using Mes.Domain.Production.Decisions;
using Mes.Domain.Production.Workstations;
using Mes.Grains.Production.Lots;
using Mes.Grains.Production.Units;
using Refusal = Mes.Contracts.Production.Refusal;

namespace Mes.Grains.Production.Workstations;

public sealed partial class WorkstationGrain
{
    /// <inheritdoc />
    public async Task<Outcome<UnitSnapshot>> StartUnit(StartUnitRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!GrainKey.Unit.IsValidId(request.Serial))
        {
            return Outcome.Refused<UnitSnapshot>(Refusal.Invalid("serial", GrainKey.Unit.Rule));
        }

        var (station, pinned, refusal) = await ReadyForUnits();
        if (refusal is not null)
        {
            return Outcome.Refused<UnitSnapshot>(refusal);
        }

        if (station!.ReadyToStart(pinned!) is { } notReady)
        {
            return Outcome.Refused<UnitSnapshot>(Refusals.From(notReady));
        }

        return await Unit(request.Serial).Start(new StartOnRoute(request.RequestId, request.OperationId, Id,
            station.Session!.Badge, station.CurrentOrder!.OrderNo, pinned!.Version));
    }

    /// <inheritdoc />
    public async Task<Outcome<UnitSnapshot>> CompleteUnit(CompleteUnitRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!GrainKey.Unit.IsValidId(request.Serial))
        {
            return Outcome.Refused<UnitSnapshot>(Refusal.Invalid("serial", GrainKey.Unit.Rule));
        }

        var check = Check(request.RequestId, request);
        if (check.Refusal is { } invalid)
        {
            return Outcome.Refused<UnitSnapshot>(invalid);
        }

        var (station, pinned, refusal) = await ReadyForUnits(requireOperator: false);
        if (refusal is not null)
        {
            return Outcome.Refused<UnitSnapshot>(refusal);
        }

        // A retry books what the first attempt recorded on the unit, not what the setup says now.
        var consumed = check.IsRepeat || pinned!.FindBom(station!.CurrentOrder!.ProductNo) is not { } bom
            ? []
            : UnitSnapshots.FromDomain(station.ConsumptionFor(bom));
        var completion = await Unit(request.Serial).Complete(new CompleteOnRoute(request.RequestId, Id,
            station!.CurrentOrder!.OrderNo, pinned!.Version, request.Passed, request.DefectCodes.ToList(), request.Measurements.ToList(),
            consumed, request.ComponentSerials.ToList()));
        if (completion.Value is not { } completed)
        {
            return Outcome.Refused<UnitSnapshot>(completion.Refusal!);
        }

        await BookLots(request.RequestId, completed.ConsumedLots);
        if (!check.IsRepeat)
        {
            var booked = new ConsumptionAttributed(Id, request.Serial, completed.ConsumedLots.Select(l => l.Slot).ToList(), clock.GetUtcNow());
            await Commit(station, [booked], check);
        }

        return Outcome.Done(completed.Unit, completion.Repeated || check.IsRepeat);
    }

    /// <inheritdoc />
    public Task<Outcome<UnitSnapshot>> HoldUnit(HoldUnitRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return OnBehalf(request.Serial, GrainKey.Unit, "serial",
            badge => GrainFactory.GetGrain<IUnitGrain>(GrainKey.Unit.For(request.Serial)).Hold(new HoldRequest(request.RequestId, request.Reason, badge)));
    }

    /// <inheritdoc />
    public Task<Outcome<UnitSnapshot>> ReleaseUnit(ReleaseUnitRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return OnBehalf(request.Serial, GrainKey.Unit, "serial",
            badge => GrainFactory.GetGrain<IUnitGrain>(GrainKey.Unit.For(request.Serial)).Release(new ReleaseRequest(request.RequestId, badge)));
    }

    /// <inheritdoc />
    public Task<Outcome<LotSnapshot>> HoldLot(HoldLotRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return OnBehalf(request.LotNo, GrainKey.Lot, "lotNo",
            badge => GrainFactory.GetGrain<IMaterialLotGrain>(GrainKey.Lot.For(request.LotNo)).Hold(new HoldRequest(request.RequestId, request.Reason, badge)));
    }

    /// <inheritdoc />
    public Task<Outcome<LotSnapshot>> ReleaseLot(ReleaseLotRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return OnBehalf(request.LotNo, GrainKey.Lot, "lotNo",
            badge => GrainFactory.GetGrain<IMaterialLotGrain>(GrainKey.Lot.For(request.LotNo)).Release(new ReleaseRequest(request.RequestId, badge)));
    }

    /// <summary>
    /// The workstation with an order (and, unless <paramref name="requireOperator"/> is false, an operator),
    /// and the master-data version the order was released under; refused while the order is not released
    /// or in progress.
    /// </summary>
    private async Task<(Workstation? Station, Domain.Production.MasterData.PlantMasterData? Pinned, Refusal? Refusal)> ReadyForUnits(bool requireOperator = true)
    {
        var (station, refusal) = await Prepare();
        if (station is null)
        {
            return (null, null, refusal);
        }

        if ((requireOperator && station.Session is null) || station.CurrentOrder is null)
        {
            return (null, null, Refusals.From(station.ReadyToStart(master!)!));
        }

        var (order, pinned, missing) = await OrderContext(station.CurrentOrder.OrderNo);
        if (order is null)
        {
            return (null, null, missing);
        }

        return pinned is null || order.Status is not ("Released" or "InProgress")
            ? (null, null, Refusals.Rule(RefusalReason.OrderNotReleased, "orderNo",
                $"Order {order.OrderNo} is {order.Status}, not released for production."))
            : (station, pinned, null);
    }

    private async Task BookLots(string requestId, IReadOnlyList<ConsumedLotLine> lots)
    {
        foreach (var lot in lots.Where(l => l.Quantity > 0))
        {
            var booked = await GrainFactory.GetGrain<ILotConsumption>(GrainKey.Lot.For(lot.LotNo))
                .Consume(new ConsumeLot($"{requestId}/{lot.Slot}", lot.Quantity, Id));
            if (booked.Refusal is { } refusal)
            {
                throw new InvalidOperationException($"Lot {lot.LotNo} refused consumption booked by {Id}: {refusal.Message}");
            }
        }
    }

    /// <summary>Forwards a hold or release to a unit or lot in the name of the operator logged in here.</summary>
    private async Task<Outcome<T>> OnBehalf<T>(string id, GrainKey key, string field, Func<string, Task<Outcome<T>>> forward)
    {
        if (!key.IsValidId(id))
        {
            return Outcome.Refused<T>(Refusal.Invalid(field, key.Rule));
        }

        var (station, refusal) = await Prepare();
        if (station is null)
        {
            return Outcome.Refused<T>(refusal!);
        }

        return station.Session is { } session
            ? await forward(session.Badge)
            : Outcome.Refused<T>(Refusals.Rule(RefusalReason.NoOperatorLoggedIn, "badge", "Log in with your badge first."));
    }

    private IUnitRouting Unit(string serial) => GrainFactory.GetGrain<IUnitRouting>(GrainKey.Unit.For(serial));
}

using Mes.Contracts.Production;
using Mes.Contracts.Production.Equipment;
using Mes.Contracts.Production.Lines;
using Mes.Contracts.Production.Lots;
using Mes.Contracts.Production.Workstations;
using Mes.Domain.Production.MasterData;
using Mes.Domain.Production.Orders;
using Mes.Domain.Production.Workstations;
using Mes.Grains.Production.Journal;
using Mes.Grains.Production.Lots;
using Mes.Grains.Production.MasterData;
using Mes.Grains.Production.Oee;
using Mes.Grains.Production.Orders;
using Mes.Grains.Production.Telemetry;
using Refusal = Mes.Contracts.Production.Refusal;

namespace Mes.Grains.Production.Workstations;

/// <summary>
/// A workstation: the terminal's commands and the machine's telemetry, decided and folded by the domain's
/// <see cref="Workstation"/>. The definition comes from the current master data; the BOM and route from
/// the version the selected order was released under.
/// </summary>
[GrainType("workstation")]
public sealed partial class WorkstationGrain(
    [PersistentState("workstation", StorageNames.Mes)] IPersistentState<AggregateState<Workstation>> state,
    IProductionHistory history,
    PlantCatalog catalog,
    ITelemetryHistory telemetry,
    TimeProvider clock) : AggregateGrain<Workstation, WorkstationEvent>(state, history), IWorkstationGrain, IWorkstationMachine
{
    private PlantMasterData? master;
    private WorkstationTile? published;

    // What the equipment agent last said about the machine's server; not persisted: the agent says it
    // again on every change and every batch proves the link.
    private EquipmentLink? link;

    private string Id => GrainKey.Workstation.IdOf(Key);

    /// <inheritdoc />
    public async Task<WorkstationStatus?> Get()
    {
        // Get interleaves with a command in progress, so it reads its own copy of the master data.
        var (station, current, _) = await Load();
        return station is null ? null : WorkstationStatuses.From(station, current!, Sequence, link);
    }

    /// <inheritdoc />
    public Task<Outcome<WorkstationStatus>> LogIn(LogInRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return string.IsNullOrWhiteSpace(request.Badge)
            ? Refused(Refusal.Invalid("badge", "is required"))
            : Decide(request.RequestId, request, _ => Against(new LogIn(request.Badge.Trim())));
    }

    /// <inheritdoc />
    public Task<Outcome<WorkstationStatus>> LogOut(LogOutRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Decide(request.RequestId, request, _ => Against(new LogOut()));
    }

    /// <inheritdoc />
    public Task<Outcome<WorkstationStatus>> SelectOrder(SelectOrderRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!GrainKey.Order.IsValidId(request.OrderNo))
        {
            return Refused(Refusal.Invalid("orderNo", GrainKey.Order.Rule));
        }

        return Decide(request.RequestId, request, async _ =>
        {
            var (order, pinned, refusal) = await OrderContext(request.OrderNo);
            return order is null
                ? (null!, master!, refusal)
                : (new SelectOrder(Assignment(order)), pinned ?? master!, null);
        });
    }

    /// <inheritdoc />
    public Task<Outcome<WorkstationStatus>> LoadMaterial(LoadMaterialRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrWhiteSpace(request.Slot))
        {
            return Refused(Refusal.Invalid("slot", "is required"));
        }

        if (!GrainKey.Lot.IsValidId(request.LotNo))
        {
            return Refused(Refusal.Invalid("lotNo", GrainKey.Lot.Rule));
        }

        return Decide(request.RequestId, request, async station =>
        {
            if (await GrainFactory.GetGrain<IMaterialLotGrain>(GrainKey.Lot.For(request.LotNo)).Get() is not { } lot)
            {
                return (null!, master!, Refusal.NotFound(GrainKey.Lot.ResourceType, request.LotNo, "lotNo"));
            }

            var pinned = station.CurrentOrder is { } current ? (await OrderContext(current.OrderNo)).Pinned : null;
            return (new Domain.Production.Workstations.LoadMaterial(request.Slot.Trim(), LotSnapshots.ToDomain(lot)), pinned ?? master!, null);
        });
    }

    /// <inheritdoc />
    public Task<Outcome<WorkstationStatus>> UnloadMaterial(UnloadMaterialRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return string.IsNullOrWhiteSpace(request.Slot)
            ? Refused(Refusal.Invalid("slot", "is required"))
            : Decide(request.RequestId, request, _ => Against(new UnloadMaterial(request.Slot.Trim())));
    }

    /// <inheritdoc />
    public Task<Outcome<WorkstationStatus>> ReportDowntime(ReportDowntimeRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return string.IsNullOrWhiteSpace(request.ReasonCode)
            ? Refused(Refusal.Invalid("reasonCode", "is required"))
            : Decide(request.RequestId, request, _ => Against(new ReportDowntime(request.ReasonCode.Trim())));
    }

    /// <inheritdoc />
    protected override Workstation? Apply(Workstation? aggregate, WorkstationEvent change) => aggregate?.Apply(change);

    /// <inheritdoc />
    protected override DateTimeOffset TimeOf(WorkstationEvent change) => change.At;

    /// <inheritdoc />
    protected override Task OnCommitted(IReadOnlyList<WorkstationEvent> events) => Publish();

    /// <summary>
    /// Runs a terminal command: <paramref name="command"/> builds the domain command and picks the master
    /// data it is decided against (or refuses before the domain is asked).
    /// </summary>
    private async Task<Outcome<WorkstationStatus>> Decide(
        string requestId,
        object request,
        Func<Workstation, Task<(WorkstationCommand Command, PlantMasterData Master, Refusal? Refusal)>> command)
    {
        var (station, refusal) = await Prepare();
        if (station is null)
        {
            return Outcome.Refused<WorkstationStatus>(refusal!);
        }

        return await Run(requestId, request, async () =>
        {
            var (domainCommand, data, refused) = await command(station);
            return refused is not null
                ? Attempt.Refuse(refused)
                : Attempt.Decided(station, station.Decide(domainCommand, data, clock.GetUtcNow()));
        }, () => Status(Aggregate is { } stored ? stored with { Definition = station.Definition } : station));
    }

    /// <summary>A command decided against the current master data.</summary>
    private Task<(WorkstationCommand Command, PlantMasterData Master, Refusal? Refusal)> Against(WorkstationCommand command) =>
        Task.FromResult<(WorkstationCommand, PlantMasterData, Refusal?)>((command, master!, null));

    /// <summary>Reads the current master data and this workstation's definition in it, for a command.</summary>
    private async Task<(Workstation? Station, Refusal? Refusal)> Prepare()
    {
        var (station, current, refusal) = await Load();
        master = current;
        return (station, refusal);
    }

    /// <summary>The current master data and the workstation as it defines it.</summary>
    private async Task<(Workstation? Station, PlantMasterData? Master, Refusal? Refusal)> Load()
    {
        var current = await catalog.Current();
        if (current is null)
        {
            return (null, null, Refusals.MasterDataMissing());
        }

        if (current.FindWorkstation(Id) is not { } definition)
        {
            return (null, current, Refusal.NotFound(GrainKey.Workstation.ResourceType, Id, "workstationId"));
        }

        return (Aggregate is { } station ? station with { Definition = definition } : Workstation.For(definition), current, null);
    }

    /// <summary>The order as the workstation sees it and the master-data version it was released under.</summary>
    private async Task<(OrderAssignmentInfo? Order, PlantMasterData? Pinned, Refusal? Refusal)> OrderContext(string orderNo)
    {
        var order = await GrainFactory.GetGrain<IOrderExecution>(GrainKey.Order.For(orderNo)).Assignment();
        if (order is null)
        {
            return (null, null, Refusal.NotFound(GrainKey.Order.ResourceType, orderNo, "orderNo"));
        }

        return (order, order.MasterDataVersion is { } version ? await catalog.Version(version) : null, null);
    }

    private static OrderAssignment Assignment(OrderAssignmentInfo order) =>
        new(order.OrderNo, order.ProductNo, order.LineId, order.Bonded, Enum.Parse<OrderStatus>(order.Status));

    private WorkstationStatus Status(Workstation station) => WorkstationStatuses.From(station, master!, Sequence, link);

    private static Task<Outcome<T>> Refused<T>(Refusal refusal) => Task.FromResult(Outcome.Refused<T>(refusal));

    private static Task<Outcome<WorkstationStatus>> Refused(Refusal refusal) => Refused<WorkstationStatus>(refusal);

    /// <summary>Tells the line when what its dashboard shows of this workstation changed.</summary>
    private async Task Publish()
    {
        if (Aggregate is not { } station)
        {
            return;
        }

        var tile = WorkstationStatuses.Tile(station, Sequence, link);
        var shown = tile with { Machine = tile.Machine with { UpdatedAt = null }, Sequence = 0 };
        if (shown == published)
        {
            return;
        }

        published = shown;
        await GrainFactory.GetGrain<ILineGrain>(GrainKey.Line.For(station.Definition.LineId)).Publish(tile);
    }
}

using Mes.Contracts.Production;
using Mes.Contracts.Production.Lots;
using Mes.Contracts.Production.Units;
using Mes.Domain.Production.Materials;
using Mes.Grains.Production.Journal;
using Mes.Grains.Production.MasterData;
using Microsoft.Extensions.Logging;

namespace Mes.Grains.Production.Lots;

/// <summary>
/// A material lot: registration, hold, MSD bag handling and consumption, decided by the domain. A lot never registered
/// here registers itself from the receipt that brought it in (<see cref="IReceivedLots"/>) when a call finds it
/// unregistered: one lookup a call, none while it is registered, none on activation.
/// </summary>
[GrainType("material-lot")]
public sealed partial class MaterialLotGrain(
    [PersistentState("material-lot", StorageNames.Mes)] IPersistentState<AggregateState<MaterialLot>> state,
    IProductionHistory history,
    PlantCatalog catalog,
    IReceivedLots receivedLots,
    TimeProvider clock,
    ILogger<MaterialLotGrain> logger) : AggregateGrain<MaterialLot, LotEvent>(state, history), IMaterialLotGrain, ILotConsumption, IReceivedLotRegistration
{
    private string LotNo => GrainKey.Lot.IdOf(Key);

    /// <inheritdoc />
    public async Task<Outcome<LotSnapshot>> Register(RegisterLotRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        await RegisterFromReceipt();
        return await RegisterNew(request);
    }

    /// <inheritdoc />
    public Task<LotSnapshot?> Get() =>
        Aggregate is null ? this.AsReference<IReceivedLotRegistration>().RegisterReceived() : Task.FromResult(Snapshot());

    /// <inheritdoc />
    public async Task<LotSnapshot?> RegisterReceived()
    {
        await RegisterFromReceipt();
        return Snapshot();
    }

    private async Task<Outcome<LotSnapshot>> RegisterNew(RegisterLotRequest request)
    {
        var check = Check(request.RequestId, request);
        if (check.Refusal is { } refused)
        {
            return Outcome.Refused<LotSnapshot>(refused);
        }

        if (Aggregate is { } existing)
        {
            return check.IsRepeat || SameLot(existing, request)
                ? Outcome.Done(Snapshot()!, repeated: true)
                : Outcome.Refused<LotSnapshot>(Refusals.Execution(ExecutionRefusal.AlreadyExists, RefusalKind.Conflict, "lotNo",
                    $"Lot {LotNo} is registered already as {existing.PartNo}{(existing.Bonded ? ", bonded" : string.Empty)}.") with
                {
                    ResourceType = GrainKey.Lot.ResourceType,
                    ResourceName = LotNo,
                });
        }

        if (Invalid(request) is { } invalid)
        {
            return Outcome.Refused<LotSnapshot>(invalid);
        }

        if (await catalog.Current() is not { } master)
        {
            return Outcome.Refused<LotSnapshot>(Refusals.MasterDataMissing());
        }

        if (master.FindMaterial(request.PartNo) is not { } material)
        {
            return Outcome.Refused<LotSnapshot>(Refusal.NotFound("material", request.PartNo, "partNo"));
        }

        var now = clock.GetUtcNow();
        var moisture = request.Moisture;
        var lot = new MaterialLot
        {
            LotNo = LotNo,
            PartNo = material.PartNo,
            Quantity = request.Quantity,
            Bonded = request.Bonded is not null,
            CustomsItemNo = request.Bonded?.CustomsItemNo.Trim(),
            SourceDocumentLine = request.Bonded?.SourceDocumentLine.Trim(),
            Moisture = new MoistureExposure(material.MsdLevel, moisture?.LabelFloorLife, moisture?.ExposedBefore ?? TimeSpan.Zero,
                moisture?.OpenedAt?.ToUniversalTime(), moisture?.BakedAt?.ToUniversalTime()),
        };
        await CommitCreation(lot, "registered", now, check);
        return Outcome.Done(Snapshot()!);
    }


    /// <inheritdoc />
    public Task<Outcome<LotSnapshot>> Hold(HoldRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Decide(request.RequestId, request, new HoldLot(request.Reason?.Trim() ?? string.Empty, request.By));
    }

    /// <inheritdoc />
    public Task<Outcome<LotSnapshot>> Release(ReleaseRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Decide(request.RequestId, request, new ReleaseLot(request.By));
    }

    /// <inheritdoc />
    public Task<Outcome<LotSnapshot>> Open(string requestId) => Decide(requestId, new BagRequest("open", requestId), new OpenLot());

    /// <inheritdoc />
    public Task<Outcome<LotSnapshot>> Seal(string requestId) => Decide(requestId, new BagRequest("seal", requestId), new SealLot());

    /// <inheritdoc />
    public Task<Outcome<LotSnapshot>> Bake(string requestId) => Decide(requestId, new BagRequest("bake", requestId), new BakeLot());

    /// <inheritdoc />
    public async Task<Outcome<LotSnapshot>> Consume(ConsumeLot call)
    {
        ArgumentNullException.ThrowIfNull(call);
        await RegisterFromReceipt();
        return await RunOnAggregate(call.RequestId, call,
            lot => Domain.Production.Decisions.Decision<LotEvent>.Accept(new LotConsumed(lot.LotNo, call.Quantity, call.WorkstationId, clock.GetUtcNow())),
            NotFound, () => Snapshot()!);
    }

    /// <inheritdoc />
    protected override MaterialLot? Apply(MaterialLot? aggregate, LotEvent change) => aggregate?.Apply(change);

    /// <inheritdoc />
    protected override DateTimeOffset TimeOf(LotEvent change) => change.At;

    private async Task<Outcome<LotSnapshot>> Decide(string requestId, object request, LotCommand command)
    {
        await RegisterFromReceipt();
        return await RunOnAggregate(requestId, request, lot => lot.Decide(command, clock.GetUtcNow()), NotFound, () => Snapshot()!);
    }

    private async Task RegisterFromReceipt()
    {
        if (Aggregate is not null || await receivedLots.Find(LotNo, CancellationToken.None) is not { } receipt)
        {
            return;
        }

        if ((await RegisterNew(receipt)).Refusal is { } refusal)
        {
            LogReceiptNotRegistered(LotNo, receipt.RequestId, refusal.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Lot {Lot}, received by {Receipt}, is not registered with production: {Problem}")]
    private partial void LogReceiptNotRegistered(string lot, string receipt, string problem);

    private Refusal NotFound() => Refusal.NotFound(GrainKey.Lot.ResourceType, LotNo, "lotNo");

    private LotSnapshot? Snapshot() => Aggregate is { } lot ? LotSnapshots.From(lot, Sequence, clock.GetUtcNow()) : null;

    private static bool SameLot(MaterialLot lot, RegisterLotRequest request) =>
        lot.PartNo == request.PartNo
        && lot.Bonded == (request.Bonded is not null)
        && lot.CustomsItemNo == request.Bonded?.CustomsItemNo.Trim()
        && lot.SourceDocumentLine == request.Bonded?.SourceDocumentLine.Trim();

    private static Refusal? Invalid(RegisterLotRequest request)
    {
        if (string.IsNullOrWhiteSpace(request.PartNo))
        {
            return Refusal.Invalid("partNo", "is required");
        }

        if (request.Quantity <= 0)
        {
            return Refusal.Invalid("quantity", "must be more than zero");
        }

        if (request.Bonded is { } bonded && (string.IsNullOrWhiteSpace(bonded.CustomsItemNo) || string.IsNullOrWhiteSpace(bonded.SourceDocumentLine)))
        {
            return Refusal.Invalid("bonded", "a bonded lot needs its customs item number and source document line");
        }

        return request.Moisture is { ExposedBefore.Ticks: < 0 }
            ? Refusal.Invalid("moisture.exposedBefore", "cannot be negative")
            : null;
    }

    /// <summary>What a bag operation asks, for the request log's fingerprint.</summary>
    private sealed record BagRequest(string Operation, string RequestId);
}

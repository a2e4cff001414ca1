using Mes.Contracts.Bonded;
using Mes.Contracts.Bonded.Postings;
using Mes.Contracts.Production;
using Mes.Contracts.Production.Orders;
using Mes.Domain.Production.Decisions;
using Mes.Domain.Production.MasterData;
using Mes.Domain.Production.Orders;
using Mes.Grains.Bonded;
using Mes.Grains.Production.Genealogy;
using Mes.Grains.Production.Journal;
using Mes.Grains.Production.MasterData;
using Mes.Grains.Production.Units;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Refusal = Mes.Contracts.Production.Refusal;

namespace Mes.Grains.Production.Orders;

/// <summary>A production order: its life, serials and counts, decided by the domain.</summary>
[GrainType("production-order")]
public sealed partial class ProductionOrderGrain(
    [PersistentState("production-order", StorageNames.Mes)] IPersistentState<AggregateState<ProductionOrder>> state,
    IProductionHistory history,
    IOrderList orderList,
    IGenealogyRecords genealogy,
    IOptions<BondedLedgerOptions> ledger,
    PlantCatalog catalog,
    TimeProvider clock,
    ILogger<ProductionOrderGrain> logger)
    : AggregateGrain<ProductionOrder, OrderEvent>(state, history), IProductionOrderGrain, IOrderExecution
{
    /// <summary>The longest a watcher waits in one call; below the Orleans response timeout.</summary>
    public static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(20);

    private const int UnitsInParallel = 32;

    private TaskCompletionSource changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private IReadOnlyList<string> routeOrder = [];

    private string OrderNo => GrainKey.Order.IdOf(Key);

    /// <inheritdoc />
    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (Aggregate is { } order)
        {
            var master = order.MasterDataVersion is { } version ? await catalog.Version(version) : await catalog.Current();
            RememberRoute(master, order.ProductNo);
        }
    }

    /// <inheritdoc />
    public Task<Outcome<OrderSnapshot>> Create(CreateOrderRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Run(request.RequestId, request, async () =>
        {
            if (Aggregate is not null)
            {
                return Attempt.Refuse(Refusals.Execution(ExecutionRefusal.AlreadyExists, RefusalKind.Conflict, "orderNo",
                    $"Order {OrderNo} exists already.") with
                {
                    ResourceType = GrainKey.Order.ResourceType,
                    ResourceName = OrderNo,
                });
            }

            if (await catalog.Current() is not { } master)
            {
                return Attempt.Refuse(Refusals.MasterDataMissing());
            }

            RememberRoute(master, request.ProductNo);
            var command = new CreateOrder(OrderNo, request.ProductNo, request.LineId, request.Quantity, request.DueDate,
                request.Bonded, request.NormVersion);
            return Attempt.Decided(null, ProductionOrder.Create(command, master, clock.GetUtcNow()));
        }, () => Snapshot()!);
    }

    /// <inheritdoc />
    public Task<Outcome<OrderSnapshot>> Release(string requestId) =>
        Run(requestId, new Step("release"), async () =>
        {
            if (await catalog.Current() is not { } master)
            {
                return Attempt.Refuse(Refusals.MasterDataMissing());
            }

            if (Aggregate is { } order)
            {
                RememberRoute(master, order.ProductNo);
            }

            return Decide(new ReleaseOrder(master.Version));
        }, () => Snapshot()!);

    /// <inheritdoc />
    public Task<Outcome<OrderSnapshot>> Start(string requestId) =>
        Run(requestId, new Step("start"), () => Task.FromResult(Decide(new StartOrder())), () => Snapshot()!);

    /// <inheritdoc />
    public Task<Outcome<OrderSnapshot>> Complete(string requestId) =>
        Run(requestId, new Step("complete"), async () =>
        {
            var attempt = Decide(new CompleteOrder());
            // A bonded order is complete only once the customs account book has taken its back-flush: the book
            // refuses what it cannot account for (a material never received under bond), and the order waits.
            if (attempt.Decision?.RefusedWith is null && attempt.Before is { Bonded: true } order
                && await Backflush(order) is { } refused)
            {
                return Attempt.Refuse(refused);
            }
            return attempt;
        }, () => Snapshot()!);

    /// <inheritdoc />
    public Task<Outcome<OrderSnapshot>> Close(string requestId) =>
        Run(requestId, new Step("close"), () => Task.FromResult(Decide(new CloseOrder())), () => Snapshot()!);

    /// <inheritdoc />
    public Task<Outcome<SerialsGiven>> IssueSerials(string requestId, int count) =>
        GiveSerials(requestId, new Issue(count), new IssueSerials(count));

    /// <inheritdoc />
    public async Task<Outcome<SerialsGiven>> RegisterSerials(string requestId, IReadOnlyList<string> serials)
    {
        ArgumentNullException.ThrowIfNull(serials);
        var request = new Registration([.. serials]);
        var check = Check(requestId, request);
        if (check.Refusal is null && !check.IsRepeat && Aggregate is not null && await TakenElsewhere(serials) is { } taken)
        {
            return Outcome.Refused<SerialsGiven>(taken);
        }

        return await GiveSerials(requestId, request, new RegisterSerials(serials));
    }

    /// <inheritdoc />
    public Task<OrderSnapshot?> Get() => Task.FromResult(Snapshot());

    /// <inheritdoc />
    public async Task<OrderSnapshot?> WaitForChange(long sinceSequence, TimeSpan timeout)
    {
        if (Aggregate is null || Sequence > sinceSequence)
        {
            return Snapshot();
        }

        var wait = timeout < TimeSpan.Zero ? TimeSpan.Zero : timeout > MaxWait ? MaxWait : timeout;
        await Task.WhenAny(changed.Task, Task.Delay(wait, clock));
        return Snapshot();
    }

    /// <inheritdoc />
    public Task<OrderAssignmentInfo?> Assignment() => Task.FromResult(Aggregate is { } order
        ? new OrderAssignmentInfo(order.OrderNo, order.ProductNo, order.LineId, order.Bonded, order.Status.ToString(), order.MasterDataVersion)
        : null);

    /// <inheritdoc />
    public Task UnitStarted() => Book(new StartOrder());

    /// <inheritdoc />
    public Task Count(CountResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return Book(new CountOperationResult(result.RequestId, result.Serial, result.OperationId, result.Passed, result.UnitFinished));
    }

    /// <inheritdoc />
    public Task CountScrap(string serial) => Book(new Domain.Production.Orders.CountScrap(serial));

    /// <inheritdoc />
    protected override ProductionOrder? Apply(ProductionOrder? aggregate, OrderEvent change) =>
        aggregate is null && change is OrderCreated created ? ProductionOrder.From(created) : aggregate?.Apply(change);

    /// <inheritdoc />
    protected override DateTimeOffset TimeOf(OrderEvent change) => change.At;

    /// <inheritdoc />
    protected override async Task OnCommitted(IReadOnlyList<OrderEvent> events)
    {
        var woken = changed;
        changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        woken.TrySetResult();
        if (Aggregate is not { } order)
        {
            return;
        }

        try
        {
            await orderList.Save(OrderSnapshots.Summary(order), Sequence);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The list is a read model: the next change of the order writes its row again.
            LogListNotUpdated(e, OrderNo);
        }
    }

    // The completed units' finished goods in, the norm's materials out, taking first the lots the units were built
    // from. The key makes a retried completion post nothing twice.
    private async Task<Refusal?> Backflush(ProductionOrder order)
    {
        if (string.IsNullOrWhiteSpace(ledger.Value.ProductionBook))
        {
            return Refusals.Execution(ExecutionRefusal.NoProductionBook, RefusalKind.Rule, "orderNo",
                $"Order {OrderNo} is bonded but no customs account book is configured for production (Bonded:ProductionBook).");
        }

        var consumed = await genealogy.ConsumedBy(OrderNo);
        var result = await GrainFactory.GetGrain<IAccountBookGrain>(AccountBookKey.For(ledger.Value.ProductionBook)).PostBackflush(new BackflushPosting
        {
            IdempotencyKey = $"backflush:{OrderNo}",
            Reason = $"Production order {OrderNo} completed",
            Order = OrderNo,
            Product = order.ProductNo,
            CompletedQuantity = order.Finished,
            NormVersion = order.NormVersion ?? 0,
            FinishedGoodsLot = $"FG-{OrderNo}",
            ConsumedLots = [.. consumed.Select(c => c.LotNo).Distinct(StringComparer.Ordinal)],
        });
        if (result.Refusal is { } refusal)
        {
            LogBackflushRefused(OrderNo, refusal.Code, refusal.Message);
            return Refusals.Execution(ExecutionRefusal.BondedPostingRefused, RefusalKind.Rule, refusal.Field ?? "orderNo",
                $"The customs account book refused the back-flush of order {OrderNo} ({refusal.Code}): {refusal.Message}");
        }
        return null;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Back-flush of bonded order {OrderNo} refused: {Rule} {Problem}")]
    private partial void LogBackflushRefused(string orderNo, string rule, string problem);

    private Attempt Decide(OrderCommand command) => Aggregate is { } order
        ? Attempt.Decided(order, order.Decide(command, clock.GetUtcNow()))
        : Attempt.Refuse(Refusal.NotFound(GrainKey.Order.ResourceType, OrderNo, "orderNo"));

    private async Task<Outcome<SerialsGiven>> GiveSerials(string requestId, object request, OrderCommand command)
    {
        var check = Check(requestId, request);
        if (check.Refusal is { } refused)
        {
            return Outcome.Refused<SerialsGiven>(refused);
        }

        if (check.Seen is { } seen)
        {
            // The units may not all exist if the first attempt stopped after the order was written.
            await CreateUnits(seen.Reply);
            return Outcome.Done(new SerialsGiven(seen.Reply, Snapshot()!), repeated: true);
        }

        var attempt = Decide(command);
        if (attempt.Refusal is { } missing)
        {
            return Outcome.Refused<SerialsGiven>(missing);
        }

        if (attempt.Decision is Decision<OrderEvent>.Refused rule)
        {
            return Outcome.Refused<SerialsGiven>(Refusals.From(rule.Refusal));
        }

        var events = attempt.Decision!.EventsToApply;
        var serials = events.OfType<SerialsAssigned>().SelectMany(s => s.Serials).ToList();
        await Commit(attempt.Before, events, check, serials);
        await CreateUnits(serials);
        return Outcome.Done(new SerialsGiven(serials, Snapshot()!));
    }

    private async Task<Refusal?> TakenElsewhere(IReadOnlyList<string> serials)
    {
        for (var i = 0; i < serials.Count; i++)
        {
            if (!GrainKey.Unit.IsValidId(serials[i]))
            {
                continue;
            }

            var unit = await GrainFactory.GetGrain<Contracts.Production.Units.IUnitGrain>(GrainKey.Unit.For(serials[i])).Get();
            if (unit is not null && unit.OrderNo != OrderNo)
            {
                return Refusals.Rule(RefusalReason.DuplicateSerial, $"serials[{i}]",
                    $"Serial {serials[i]} is already registered to order {unit.OrderNo}.");
            }
        }

        return null;
    }

    private async Task CreateUnits(IReadOnlyList<string> serials)
    {
        var order = Aggregate!;
        foreach (var chunk in serials.Chunk(UnitsInParallel))
        {
            var outcomes = await Task.WhenAll(chunk.Select(serial => GrainFactory.GetGrain<IUnitRouting>(GrainKey.Unit.For(serial))
                .Register(new RegisterUnit(order.OrderNo, order.ProductNo))));
            foreach (var refusal in outcomes.Select(o => o.Refusal).OfType<Refusal>())
            {
                LogUnitNotCreated(OrderNo, refusal.Message);
            }
        }
    }

    private async Task Book(OrderCommand command)
    {
        var attempt = Decide(command);
        switch (attempt.Decision)
        {
            case Decision<OrderEvent>.Accepted accepted:
                await Commit(attempt.Before, accepted.Events, null);
                break;
            case Decision<OrderEvent>.Refused refused:
                LogNotBooked(OrderNo, command.GetType().Name, refused.Refusal.Message);
                break;
            case null:
                LogNotBooked(OrderNo, command.GetType().Name, attempt.Refusal!.Message);
                break;
        }
    }

    private void RememberRoute(PlantMasterData? master, string productNo) =>
        routeOrder = master?.FindRoute(productNo)?.Operations.Select(o => o.Id).ToList() ?? routeOrder;

    private OrderSnapshot? Snapshot() => Aggregate is { } order ? OrderSnapshots.From(order, routeOrder, Sequence) : null;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Order {OrderNo}: the order list row was not updated")]
    private partial void LogListNotUpdated(Exception exception, string orderNo);

    [LoggerMessage(Level = LogLevel.Error, Message = "Order {OrderNo}: a unit was not created: {Reason}")]
    private partial void LogUnitNotCreated(string orderNo, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Order {OrderNo} did not book {Command}: {Reason}")]
    private partial void LogNotBooked(string orderNo, string command, string reason);

    /// <summary>A step of the order's life, for the request log's fingerprint.</summary>
    private sealed record Step(string Name);

    /// <summary>An issue of serials, for the request log's fingerprint.</summary>
    private sealed record Issue(int Count);

    /// <summary>A registration of serials, for the request log's fingerprint.</summary>
    private sealed record Registration(string[] Serials);
}

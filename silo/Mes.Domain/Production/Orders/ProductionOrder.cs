using Mes.Domain.Production.Decisions;
using Mes.Domain.Production.MasterData;
using Mes.Domain.Production.Units;

namespace Mes.Domain.Production.Orders;

/// <summary>
/// A production order (grain key <c>po:&lt;order no&gt;</c>): created → released → in progress →
/// completed → closed, with its serials, quantity and yield per operation. Serialisable with
/// System.Text.Json.
/// </summary>
public sealed record ProductionOrder
{
    /// <summary>Longest order number, so that a generated serial stays within 40 characters.</summary>
    public const int MaxOrderNoLength = 34;

    /// <summary>The order number.</summary>
    public required string OrderNo { get; init; }

    /// <summary>The product to build.</summary>
    public required string ProductNo { get; init; }

    /// <summary>The line it runs on.</summary>
    public required string LineId { get; init; }

    /// <summary>Units ordered.</summary>
    public required int Quantity { get; init; }

    /// <summary>When the units are due (UTC).</summary>
    public required DateTimeOffset DueDate { get; init; }

    /// <summary>True when the order consumes bonded material.</summary>
    public required bool Bonded { get; init; }

    /// <summary>The customs unit-consumption norm version the order consumes under (bonded orders).</summary>
    public int? NormVersion { get; init; }

    /// <summary>Where the order is in its life.</summary>
    public OrderStatus Status { get; init; } = OrderStatus.Created;

    /// <summary>The master-data version the order was released under.</summary>
    public int? MasterDataVersion { get; init; }

    /// <summary>Serials issued or registered, in order.</summary>
    public IReadOnlyList<string> Serials { get; init; } = [];

    /// <summary>The last sequence used by the serial number rule.</summary>
    public int LastSequence { get; init; }

    /// <summary>Passed and failed counts per operation id.</summary>
    public IReadOnlyDictionary<string, OperationTally> Operations { get; init; } = new Dictionary<string, OperationTally>();

    /// <summary>Units that passed their whole route.</summary>
    public int Finished { get; init; }

    /// <summary>Serials of scrapped units.</summary>
    public IReadOnlyList<string> ScrappedSerials { get; init; } = [];

    /// <summary>Completion request ids already counted, so that a retry is not counted twice.</summary>
    public IReadOnlyList<string> CountedRequests { get; init; } = [];

    /// <summary>Decides whether an order may be created from the master data.</summary>
    public static Decision<OrderEvent> Create(CreateOrder command, PlantMasterData master, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(master);
        if (!SerialNumberRule.IsLabelSafe(command.OrderNo) || command.OrderNo.Length > MaxOrderNoLength)
        {
            return Decision<OrderEvent>.Refuse(RefusalReason.InvalidOrderNo, "orderNo",
                $"Order number '{command.OrderNo}' must be 1–{MaxOrderNoLength} letters, digits, '-', '_', '.' or '/'.");
        }

        if (command.Quantity <= 0)
        {
            return Decision<OrderEvent>.Refuse(RefusalReason.InvalidQuantity, "quantity", "The quantity must be at least 1.");
        }

        if (master.FindProduct(command.ProductNo) is null || master.FindRoute(command.ProductNo) is null
            || master.FindBom(command.ProductNo) is null)
        {
            return Decision<OrderEvent>.Refuse(RefusalReason.UnknownProduct, "productNo",
                $"Product {command.ProductNo} has no product, BOM and routing in master data version {master.Version}.");
        }

        if (master.Lines.All(l => l.Id != command.LineId))
        {
            return Decision<OrderEvent>.Refuse(RefusalReason.UnknownLine, "lineId", $"Line {command.LineId} is not in master data.");
        }

        if (command.Bonded && command.NormVersion is not > 0)
        {
            return Decision<OrderEvent>.Refuse(RefusalReason.NormVersionRequired, "normVersion",
                "A bonded order must name the customs norm version it consumes under.");
        }

        return Decision<OrderEvent>.Accept(new OrderCreated(command.OrderNo, command.ProductNo, command.LineId,
            command.Quantity, command.DueDate.ToUniversalTime(), command.Bonded, command.NormVersion, now));
    }

    /// <summary>The order a creation event describes.</summary>
    public static ProductionOrder From(OrderCreated created)
    {
        ArgumentNullException.ThrowIfNull(created);
        return new ProductionOrder
        {
            OrderNo = created.OrderNo,
            ProductNo = created.ProductNo,
            LineId = created.LineId,
            Quantity = created.Quantity,
            DueDate = created.DueDate,
            Bonded = created.Bonded,
            NormVersion = created.NormVersion,
        };
    }

    /// <summary>The unit registrations that create the unit grains for serials just assigned to the order.</summary>
    public IEnumerable<UnitRegistered> UnitsFor(SerialsAssigned assigned)
    {
        ArgumentNullException.ThrowIfNull(assigned);
        return assigned.Serials.Select(serial => new UnitRegistered(serial, OrderNo, ProductNo, assigned.At));
    }

    /// <summary>Decides a command at <paramref name="now"/>.</summary>
    public Decision<OrderEvent> Decide(OrderCommand command, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(command);
        return command switch
        {
            ReleaseOrder release => Status == OrderStatus.Created
                ? Decision<OrderEvent>.Accept(new OrderReleased(OrderNo, release.MasterDataVersion, now))
                : Forbidden("releasing", OrderStatus.Created),
            StartOrder => Status switch
            {
                OrderStatus.Released => Decision<OrderEvent>.Accept(new OrderStarted(OrderNo, now)),
                OrderStatus.InProgress => new Decision<OrderEvent>.Duplicate(OrderNo),
                _ => Forbidden("starting", OrderStatus.Released),
            },
            CompleteOrder => Status == OrderStatus.InProgress
                ? Decision<OrderEvent>.Accept(new OrderCompleted(OrderNo, now))
                : Forbidden("completing", OrderStatus.InProgress),
            CloseOrder => Status == OrderStatus.Completed
                ? Decision<OrderEvent>.Accept(new OrderClosed(OrderNo, now))
                : Forbidden("closing", OrderStatus.Completed),
            IssueSerials issue => DecideIssue(issue, now),
            RegisterSerials register => DecideRegister(register, now),
            CountOperationResult result => DecideCount(result, now),
            CountScrap scrap => ScrappedSerials.Contains(scrap.Serial)
                ? new Decision<OrderEvent>.Duplicate(scrap.Serial)
                : Decision<OrderEvent>.Accept(new ScrapCounted(OrderNo, scrap.Serial, now)),
            _ => throw new ArgumentOutOfRangeException(nameof(command), command, "unknown order command"),
        };
    }

    /// <summary>Applies an event.</summary>
    public ProductionOrder Apply(OrderEvent change)
    {
        ArgumentNullException.ThrowIfNull(change);
        return change switch
        {
            OrderCreated => this,
            OrderReleased released => this with { Status = OrderStatus.Released, MasterDataVersion = released.MasterDataVersion },
            OrderStarted => this with { Status = OrderStatus.InProgress },
            OrderCompleted => this with { Status = OrderStatus.Completed },
            OrderClosed => this with { Status = OrderStatus.Closed },
            SerialsAssigned assigned => this with
            {
                Serials = [.. Serials, .. assigned.Serials],
                LastSequence = assigned.Generated ? LastSequence + assigned.Serials.Count : LastSequence,
            },
            OperationResultCounted counted => Count(counted),
            ScrapCounted scrapped => this with { ScrappedSerials = [.. ScrappedSerials, scrapped.Serial] },
            _ => throw new ArgumentOutOfRangeException(nameof(change), change, "unknown order event"),
        };
    }

    private int SerialsAllowed => Quantity + ScrappedSerials.Count - Serials.Count;

    private Decision<OrderEvent> DecideIssue(IssueSerials issue, DateTimeOffset now)
    {
        if (Status is not (OrderStatus.Released or OrderStatus.InProgress))
        {
            return Forbidden("giving serials", OrderStatus.Released);
        }

        if (issue.Count < 1 || issue.Count > SerialsAllowed || LastSequence + issue.Count > SerialNumberRule.MaxSequence)
        {
            return Decision<OrderEvent>.Refuse(RefusalReason.SerialQuantityExceeded, "count",
                $"Order {OrderNo} may take {SerialsAllowed} more serials (quantity {Quantity}, {ScrappedSerials.Count} scrapped, {Serials.Count} given).");
        }

        var serials = Enumerable.Range(LastSequence + 1, issue.Count).Select(i => SerialNumberRule.Format(OrderNo, i))
            .Where(s => !Serials.Contains(s)).ToList();
        return Decision<OrderEvent>.Accept(new SerialsAssigned(OrderNo, serials, Generated: true, now));
    }

    private Decision<OrderEvent> DecideRegister(RegisterSerials register, DateTimeOffset now)
    {
        if (Status is not (OrderStatus.Released or OrderStatus.InProgress))
        {
            return Forbidden("giving serials", OrderStatus.Released);
        }

        if (register.Serials.Count < 1 || register.Serials.Count > SerialsAllowed)
        {
            return Decision<OrderEvent>.Refuse(RefusalReason.SerialQuantityExceeded, "serials",
                $"Order {OrderNo} may take {SerialsAllowed} more serials.");
        }

        var seen = new HashSet<string>(Serials, StringComparer.Ordinal);
        for (var i = 0; i < register.Serials.Count; i++)
        {
            var serial = register.Serials[i];
            if (!SerialNumberRule.IsLabelSafe(serial))
            {
                return Decision<OrderEvent>.Refuse(RefusalReason.InvalidSerial, $"serials[{i}]",
                    $"Serial '{serial}' must be 1–40 letters, digits, '-', '_', '.' or '/'.");
            }

            if (!seen.Add(serial))
            {
                return Decision<OrderEvent>.Refuse(RefusalReason.DuplicateSerial, $"serials[{i}]", $"Serial {serial} is already registered.");
            }
        }

        return Decision<OrderEvent>.Accept(new SerialsAssigned(OrderNo, register.Serials, Generated: false, now));
    }

    private Decision<OrderEvent> DecideCount(CountOperationResult result, DateTimeOffset now)
    {
        if (CountedRequests.Contains(result.RequestId))
        {
            return new Decision<OrderEvent>.Duplicate(result.RequestId);
        }

        var counted = new OperationResultCounted(OrderNo, result.RequestId, result.Serial, result.OperationId,
            result.Passed, result.UnitFinished, now);
        return Status switch
        {
            OrderStatus.Released => Decision<OrderEvent>.Accept(new OrderStarted(OrderNo, now), counted),
            OrderStatus.InProgress => Decision<OrderEvent>.Accept(counted),
            _ => Forbidden("counting results", OrderStatus.InProgress),
        };
    }

    private ProductionOrder Count(OperationResultCounted counted)
    {
        var tally = Operations.GetValueOrDefault(counted.OperationId) ?? new OperationTally(0, 0);
        var updated = counted.Passed ? tally with { Passed = tally.Passed + 1 } : tally with { Failed = tally.Failed + 1 };
        return this with
        {
            Operations = new Dictionary<string, OperationTally>(Operations) { [counted.OperationId] = updated },
            Finished = counted.UnitFinished ? Finished + 1 : Finished,
            CountedRequests = [.. CountedRequests, counted.RequestId],
        };
    }

    private Decision<OrderEvent> Forbidden(string action, OrderStatus needed) =>
        Decision<OrderEvent>.Refuse(RefusalReason.OrderStateForbids, "status",
            $"Order {OrderNo} is {Status}; {action} needs it {needed}.");
}

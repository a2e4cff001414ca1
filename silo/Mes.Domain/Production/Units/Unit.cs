using System.Text.Json.Serialization;
using Mes.Domain.Production.Decisions;
using Mes.Domain.Production.Genealogy;
using Mes.Domain.Production.Materials;

namespace Mes.Domain.Production.Units;

/// <summary>
/// A serialised unit (grain key <c>sn:&lt;serial&gt;</c>): its order and product, route position (from
/// its history), the operation in progress, holds and disposition. Serialisable with System.Text.Json.
/// </summary>
public sealed record Unit
{
    /// <summary>The serial number.</summary>
    public required string Serial { get; init; }

    /// <summary>The order the unit is built for.</summary>
    public required string OrderNo { get; init; }

    /// <summary>The product.</summary>
    public required string ProductNo { get; init; }

    /// <summary>Route progress, ignoring holds.</summary>
    public UnitStatus Progress { get; init; } = UnitStatus.InProcess;

    /// <summary>The hold on the unit, or null.</summary>
    public Hold? OnHold { get; init; }

    /// <summary>The operation in progress, or null.</summary>
    public OperationInProgress? Current { get; init; }

    /// <summary>Completed operations, oldest first: the unit's genealogy records.</summary>
    public IReadOnlyList<OperationRecord> History { get; init; } = [];

    /// <summary>The shipment the unit left in, or null.</summary>
    public string? ShipmentNo { get; init; }

    /// <summary>The status a screen shows: <see cref="UnitStatus.Hold"/> while held, else the progress.</summary>
    [JsonIgnore]
    public UnitStatus Status =>
        OnHold is not null && Progress is not (UnitStatus.Scrapped or UnitStatus.Shipped) ? UnitStatus.Hold : Progress;

    /// <summary>The unit a registration creates.</summary>
    public static Unit From(UnitRegistered registered)
    {
        ArgumentNullException.ThrowIfNull(registered);
        return new Unit { Serial = registered.Serial, OrderNo = registered.OrderNo, ProductNo = registered.ProductNo };
    }

    /// <summary>Decides a scan at a workstation (start or complete) against the route.</summary>
    public Decision<UnitEvent> Decide(OperationCommand command, RouteContext context, DateTimeOffset now) => command switch
    {
        StartOperation start => Routing.CanStart(this, start, context, now),
        CompleteOperation complete => Routing.CanComplete(this, complete, context, now),
        _ => throw new ArgumentOutOfRangeException(nameof(command), command, "unknown operation command"),
    };

    /// <summary>Decides a hold, release, scrap or shipment.</summary>
    public Decision<UnitEvent> Decide(UnitCommand command, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (Progress is UnitStatus.Shipped or UnitStatus.Scrapped && command is not ReleaseUnit)
        {
            return Decision<UnitEvent>.Refuse(
                Progress == UnitStatus.Shipped ? RefusalReason.UnitShipped : RefusalReason.UnitScrapped, "serial",
                $"Unit {Serial} is {Progress.ToString().ToLowerInvariant()}.");
        }

        return command switch
        {
            HoldUnit hold when string.IsNullOrWhiteSpace(hold.Reason) =>
                Decision<UnitEvent>.Refuse(RefusalReason.HoldReasonRequired, "reason", "Say why the unit is held."),
            HoldUnit hold => Decision<UnitEvent>.Accept(new UnitHeld(Serial, hold.Reason, hold.By, now)),
            ReleaseUnit when OnHold is null =>
                Decision<UnitEvent>.Refuse(RefusalReason.UnitNotOnHold, "serial", $"Unit {Serial} is not on hold."),
            ReleaseUnit release => Decision<UnitEvent>.Accept(new UnitReleased(Serial, release.By, now)),
            ScrapUnit scrap when string.IsNullOrWhiteSpace(scrap.Reason) =>
                Decision<UnitEvent>.Refuse(RefusalReason.HoldReasonRequired, "reason", "Say why the unit is scrapped."),
            ScrapUnit scrap => Decision<UnitEvent>.Accept(new UnitScrapped(Serial, scrap.Reason, scrap.By, now)),
            ShipUnit when OnHold is { } hold =>
                Decision<UnitEvent>.Refuse(RefusalReason.UnitOnHold, "serial", $"Unit {Serial} is on hold: {hold.Reason}."),
            ShipUnit when Progress != UnitStatus.Passed =>
                Decision<UnitEvent>.Refuse(RefusalReason.OutOfRoute, "serial", $"Unit {Serial} has not passed its route."),
            ShipUnit ship => Decision<UnitEvent>.Accept(new UnitShipped(Serial, ship.ShipmentNo, now)),
            _ => throw new ArgumentOutOfRangeException(nameof(command), command, "unknown unit command"),
        };
    }

    /// <summary>Applies an event.</summary>
    public Unit Apply(UnitEvent change)
    {
        ArgumentNullException.ThrowIfNull(change);
        return change switch
        {
            UnitRegistered => this,
            OperationStarted started => this with { Current = started.Operation },
            OperationCompleted completed => this with
            {
                Current = null,
                History = [.. History, completed.Record],
                Progress = completed.Record.StatusAfter,
            },
            UnitHeld held => this with { OnHold = new Hold(held.Reason, held.By, held.At) },
            UnitReleased => this with { OnHold = null },
            UnitScrapped => this with { Progress = UnitStatus.Scrapped, Current = null },
            UnitShipped shipped => this with { Progress = UnitStatus.Shipped, ShipmentNo = shipped.ShipmentNo },
            _ => throw new ArgumentOutOfRangeException(nameof(change), change, "unknown unit event"),
        };
    }
}

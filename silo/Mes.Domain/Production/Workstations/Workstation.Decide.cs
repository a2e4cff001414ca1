using Mes.Domain.Production.Decisions;
using Mes.Domain.Production.MasterData;
using Mes.Domain.Production.Operators;
using Mes.Domain.Production.Orders;

namespace Mes.Domain.Production.Workstations;

public sealed partial record Workstation
{
    /// <summary>Decides a terminal command against the master data at <paramref name="now"/>.</summary>
    public Decision<WorkstationEvent> Decide(WorkstationCommand command, PlantMasterData master, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(master);
        return command switch
        {
            LogIn login => DecideLogIn(login, master, now),
            LogOut => Session is null
                ? Decision<WorkstationEvent>.Refuse(RefusalReason.NoOperatorLoggedIn, "badge", "Nobody is logged in.")
                : Decision<WorkstationEvent>.Accept(new OperatorLoggedOut(Id, Session.Badge, now)),
            SelectOrder select => DecideSelectOrder(select.Order, master, now),
            LoadMaterial load => DecideLoad(load, master, now),
            UnloadMaterial unload => Setup.TryGetValue(unload.Slot, out var reel)
                ? Decision<WorkstationEvent>.Accept(new MaterialUnloaded(Id, unload.Slot, reel.LotNo, now))
                : Decision<WorkstationEvent>.Refuse(RefusalReason.SlotEmpty, "slot", $"Slot {unload.Slot} is empty."),
            ReportDowntime report => DecideDowntimeReport(report, master, now),
            _ => throw new ArgumentOutOfRangeException(nameof(command), command, "unknown workstation command"),
        };
    }

    /// <summary>
    /// Null when a unit may be scanned here: an operator is logged in, an order is selected and every BOM
    /// line fed at this workstation has a verified reel; otherwise the refusal to show.
    /// </summary>
    public Refusal? ReadyToStart(PlantMasterData master)
    {
        ArgumentNullException.ThrowIfNull(master);
        if (Session is null)
        {
            return new Refusal(RefusalReason.NoOperatorLoggedIn, "badge", "Log in with your badge first.");
        }

        if (CurrentOrder is null)
        {
            return new Refusal(RefusalReason.NoOrderSelected, "orderNo", "Select a production order first.");
        }

        var missing = master.FindBom(CurrentOrder.ProductNo)?.LinesAt(Id).FirstOrDefault(l => !Setup.ContainsKey(l.Slot));
        return missing is null
            ? null
            : new Refusal(RefusalReason.SlotEmpty, "slot", $"Slot {missing.Slot} needs a reel of {missing.PartNo}.");
    }

    private Decision<WorkstationEvent> DecideLogIn(LogIn login, PlantMasterData master, DateTimeOffset now)
    {
        if (master.FindOperator(login.Badge) is not { } worker)
        {
            return Decision<WorkstationEvent>.Refuse(RefusalReason.UnknownBadge, "badge", $"Badge {login.Badge} is not known.");
        }

        if (Session is not null)
        {
            return Session.Badge == login.Badge
                ? new Decision<WorkstationEvent>.Duplicate(login.Badge)
                : Decision<WorkstationEvent>.Refuse(RefusalReason.AnotherOperatorLoggedIn, "badge",
                    $"{Session.Name} is logged in here; they must log out first.");
        }

        var routes = CurrentOrder is null
            ? master.Routes
            : master.Routes.Where(r => r.ProductNo == CurrentOrder.ProductNo);
        var required = routes.SelectMany(r => r.Operations).Where(o => o.RunsAt(Definition))
            .Select(o => o.RequiredCertification).Distinct();
        foreach (var certification in required)
        {
            if (Qualification.Check(worker, certification, now) is { } refusal)
            {
                return new Decision<WorkstationEvent>.Refused(refusal);
            }
        }

        return Decision<WorkstationEvent>.Accept(new OperatorLoggedIn(Id, worker.Badge, worker.Name, now));
    }

    private Decision<WorkstationEvent> DecideSelectOrder(OrderAssignment order, PlantMasterData master, DateTimeOffset now)
    {
        if (order.LineId != Definition.LineId)
        {
            return Decision<WorkstationEvent>.Refuse(RefusalReason.UnknownLine, "lineId",
                $"Order {order.OrderNo} runs on line {order.LineId}, not on {Definition.LineId}.");
        }

        if (order.Status is not (OrderStatus.Released or OrderStatus.InProgress))
        {
            return Decision<WorkstationEvent>.Refuse(RefusalReason.OrderNotReleased, "orderNo",
                $"Order {order.OrderNo} is {order.Status}, not released for production.");
        }

        if (master.FindBom(order.ProductNo) is not { } bom)
        {
            return Decision<WorkstationEvent>.Refuse(RefusalReason.UnknownProduct, "productNo",
                $"Product {order.ProductNo} has no BOM in master data version {master.Version}.");
        }

        if (CurrentOrder?.OrderNo == order.OrderNo)
        {
            return new Decision<WorkstationEvent>.Duplicate(order.OrderNo);
        }

        // A changeover keeps the reels that still fit the new order; the others come off.
        var events = new List<WorkstationEvent> { new OrderSelected(Id, order, now) };
        foreach (var reel in Setup.Values.Where(r => bom.LineAt(Id, r.Slot)?.PartNo != r.PartNo || r.Bonded != order.Bonded))
        {
            events.Add(new MaterialUnloaded(Id, reel.Slot, reel.LotNo, now));
        }

        return new Decision<WorkstationEvent>.Accepted(events);
    }

    private Decision<WorkstationEvent> DecideLoad(LoadMaterial load, PlantMasterData master, DateTimeOffset now)
    {
        if (Session is null)
        {
            return Decision<WorkstationEvent>.Refuse(RefusalReason.NoOperatorLoggedIn, "badge", "Log in with your badge first.");
        }

        if (CurrentOrder is null)
        {
            return Decision<WorkstationEvent>.Refuse(RefusalReason.NoOrderSelected, "orderNo", "Select a production order first.");
        }

        if (Setup.TryGetValue(load.Slot, out var present) && present.LotNo == load.Reel.LotNo)
        {
            return new Decision<WorkstationEvent>.Duplicate(load.Reel.LotNo);
        }

        var bom = master.FindBom(CurrentOrder.ProductNo);
        var refusal = SetupVerification.Verify(this, bom, CurrentOrder, load.Slot, load.Reel, now);
        return refusal is null
            ? Decision<WorkstationEvent>.Accept(new MaterialLoaded(Id, load.Slot, load.Reel.LotNo, load.Reel.PartNo, load.Reel.Bonded, now))
            : new Decision<WorkstationEvent>.Refused(refusal);
    }

    private Decision<WorkstationEvent> DecideDowntimeReport(ReportDowntime report, PlantMasterData master, DateTimeOffset now)
    {
        if (Session is null)
        {
            return Decision<WorkstationEvent>.Refuse(RefusalReason.NoOperatorLoggedIn, "badge", "Log in with your badge first.");
        }

        if (master.FindDowntimeReason(report.ReasonCode) is not { } reason)
        {
            return Decision<WorkstationEvent>.Refuse(RefusalReason.UnknownReasonCode, "reasonCode",
                $"Downtime reason {report.ReasonCode} is not in the reason list.");
        }

        var target = OpenDowntime ?? (LastDowntime is { ReasonCode: null } ? LastDowntime : null);
        if (OpenDowntime is { } open && open.ReasonCode == reason.Code)
        {
            return new Decision<WorkstationEvent>.Duplicate(open.Id);
        }

        if (target is not null)
        {
            return Decision<WorkstationEvent>.Accept(new DowntimeReasonReported(Id, target.Id, reason.Code, Session.Badge, now));
        }

        var downtime = new Downtime(Downtime.IdFor(Id, now), Id, reason.Category, DowntimeSource.Operator, now, null,
            null, null, reason.Code, Session.Badge);
        return Decision<WorkstationEvent>.Accept(new DowntimeStarted(Id, downtime, now));
    }
}

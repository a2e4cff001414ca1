using Google.Protobuf.WellKnownTypes;
using Mes.Gateway.Api.V1;
using Contract = Mes.Contracts.Production;

namespace Mes.Gateway.Services;

/// <summary>The silo's snapshots of workstations, units, lots and orders as mes.v1 messages.</summary>
public static class ShopFloorMessages
{
    public static WorkstationStatus Workstation(Contract.Workstations.WorkstationStatus status)
    {
        ArgumentNullException.ThrowIfNull(status);
        var message = new WorkstationStatus
        {
            WorkstationId = status.WorkstationId,
            Name = status.Name,
            LineId = status.LineId,
            WorkstationType = status.WorkstationType,
            MasterDataVersion = status.MasterDataVersion,
            Operator = Operator(status.Operator),
            Order = status.Order is { } order ? new OrderAtStation { OrderNo = order.OrderNo, ProductNo = order.ProductNo, Bonded = order.Bonded } : null,
            Machine = Machine(status.Machine),
            OpenDowntime = Downtime(status.OpenDowntime),
            LastDowntime = Downtime(status.LastDowntime),
            NotReady = Violation(status.NotReady),
            Sequence = status.Sequence,
        };
        message.Setup.AddRange(status.Setup.Select(r => new ReelInSlot
        {
            Slot = r.Slot, LotNo = r.LotNo, PartNo = r.PartNo, Bonded = r.Bonded, LoadedAt = Time(r.LoadedAt), UnbookedPlacements = r.UnbookedPlacements,
        }));
        return message;
    }

    public static OperatorOnDuty? Operator(Contract.Workstations.OperatorOnDuty? person) =>
        person is null ? null : new OperatorOnDuty { Badge = person.Badge, Name = person.Name, LoggedInAt = Time(person.LoggedInAt) };

    public static MachineStatus Machine(Contract.Workstations.MachineStatus machine)
    {
        ArgumentNullException.ThrowIfNull(machine);
        var message = new MachineStatus
        {
            E10State = machine.E10State,
            PackmlState = machine.PackMlState,
            Mode = machine.Mode ?? string.Empty,
            Since = Time(machine.Since),
            AlarmActive = machine.AlarmActive,
            AlarmCode = machine.AlarmCode ?? string.Empty,
            AlarmText = machine.AlarmText ?? string.Empty,
        };
        if (machine.GoodCount is { } good)
        {
            message.GoodCount = good;
        }

        if (machine.RejectCount is { } reject)
        {
            message.RejectCount = reject;
        }

        if (machine.TotalCount is { } total)
        {
            message.TotalCount = total;
        }

        if (machine.Link is { } link)
        {
            message.Link = new EquipmentLink
            {
                Endpoint = link.Endpoint,
                State = link.State.ToString(),
                Since = Time(link.Since),
                Problem = link.Problem ?? string.Empty,
            };
        }

        return message;
    }

    public static Downtime? Downtime(Contract.Workstations.DowntimeRecord? downtime) => downtime is null
        ? null
        : new Downtime
        {
            DowntimeId = downtime.DowntimeId,
            Category = downtime.Category,
            Source = downtime.Source,
            StartedAt = Time(downtime.StartedAt),
            EndedAt = Time(downtime.EndedAt),
            AlarmCode = downtime.AlarmCode ?? string.Empty,
            AlarmText = downtime.AlarmText ?? string.Empty,
            ReasonCode = downtime.ReasonCode ?? string.Empty,
            ReportedBy = downtime.ReportedBy ?? string.Empty,
        };

    public static Unit Unit(Contract.Units.UnitSnapshot unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        var message = new Unit
        {
            Serial = unit.Serial,
            OrderNo = unit.OrderNo,
            ProductNo = unit.ProductNo,
            Status = unit.Status,
            Hold = Hold(unit.Hold),
            Current = unit.Current is { } current
                ? new OperationUnderway { OperationId = current.OperationId, WorkstationId = current.WorkstationId, Badge = current.Badge, StartedAt = Time(current.StartedAt) }
                : null,
            NextOperationId = unit.NextOperationId ?? string.Empty,
            Blocked = Violation(unit.Blocked),
            ShipmentNo = unit.ShipmentNo ?? string.Empty,
            Sequence = unit.Sequence,
        };
        message.History.AddRange(unit.History.Select(h =>
        {
            var done = new CompletedOperation
            {
                OperationId = h.OperationId, WorkstationId = h.WorkstationId, Badge = h.Badge,
                StartedAt = Time(h.StartedAt), CompletedAt = Time(h.CompletedAt), Passed = h.Passed,
            };
            done.DefectCodes.AddRange(h.DefectCodes);
            return done;
        }));
        return message;
    }

    public static Lot Lot(Contract.Lots.LotSnapshot lot)
    {
        ArgumentNullException.ThrowIfNull(lot);
        var moisture = lot.Moisture;
        return new Lot
        {
            LotNo = lot.LotNo,
            PartNo = lot.PartNo,
            Quantity = RequestFields.Text(lot.Quantity),
            Overdrawn = RequestFields.Text(lot.Overdrawn),
            Bonded = lot.Bonded is { } bonded ? new BondedOrigin { CustomsItemNo = bonded.CustomsItemNo, SourceDocumentLine = bonded.SourceDocumentLine } : null,
            Moisture = new Moisture
            {
                MsdLevel = moisture.MsdLevel,
                ExposedBefore = Duration.FromTimeSpan(moisture.ExposedBefore),
                OpenedAt = Time(moisture.OpenedAt),
                BakedAt = Time(moisture.BakedAt),
                LabelFloorLife = moisture.LabelFloorLife is { } label ? Duration.FromTimeSpan(label) : null,
                Remaining = moisture.Remaining is { } remaining ? Duration.FromTimeSpan(remaining) : null,
                Expired = moisture.Expired,
                AsOf = Time(moisture.AsOf),
            },
            Hold = Hold(lot.Hold),
            Sequence = lot.Sequence,
        };
    }

    public static Order Order(Contract.Orders.OrderSnapshot order)
    {
        ArgumentNullException.ThrowIfNull(order);
        var message = new Order
        {
            OrderNo = order.OrderNo,
            ProductNo = order.ProductNo,
            LineId = order.LineId,
            Quantity = order.Quantity,
            DueDate = Time(order.DueDate),
            Bonded = order.Bonded,
            NormVersion = order.NormVersion ?? 0,
            Status = order.Status,
            MasterDataVersion = order.MasterDataVersion ?? 0,
            SerialCount = order.SerialCount,
            Finished = order.Finished,
            Scrapped = order.Scrapped,
            Sequence = order.Sequence,
        };
        message.Operations.AddRange(order.Operations.Select(o => new OperationYield
        {
            OperationId = o.OperationId, Passed = o.Passed, Failed = o.Failed, Yield = RequestFields.Text(o.Yield),
        }));
        return message;
    }

    public static RuleViolation? Violation(Contract.Refusal? refusal) => refusal is null
        ? null
        : new RuleViolation { Reason = refusal.Reason, Code = refusal.Code, Field = ApiErrors.ProtoField(refusal.Field), Message = refusal.Message };

    public static Timestamp Time(DateTimeOffset at) => Timestamp.FromDateTimeOffset(at);

    public static Timestamp? Time(DateTimeOffset? at) => at is { } value ? Timestamp.FromDateTimeOffset(value) : null;

    private static HoldInfo? Hold(Contract.Units.HoldInfo? hold) =>
        hold is null ? null : new HoldInfo { Reason = hold.Reason, By = hold.By, At = Time(hold.At) };
}

namespace Mes.Domain.Production.Genealogy;

/// <summary>One use of a lot: by which unit, at which operation, workstation and slot, how much.</summary>
public sealed record LotUsage(string LotNo, string PartNo, string Serial, string OperationId, string WorkstationId, string Slot, decimal Quantity);

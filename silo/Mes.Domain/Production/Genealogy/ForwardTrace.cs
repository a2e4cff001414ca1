namespace Mes.Domain.Production.Genealogy;

/// <summary>Where a lot went: every unit that used it (the recall list), their orders and shipments.</summary>
public sealed record ForwardTrace(
    string LotNo,
    IReadOnlyList<TracedUnit> Units,
    IReadOnlyList<string> Orders,
    IReadOnlyList<string> Shipments);

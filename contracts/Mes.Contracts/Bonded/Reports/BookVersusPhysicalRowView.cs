namespace Mes.Contracts.Bonded.Reports;

/// <summary>One item of a stock-take compared with the book, with the duty and VAT at risk on a bonded shortage.</summary>
[GenerateSerializer, Immutable, Alias("mes.bonded.book-versus-physical-row")]
public sealed record BookVersusPhysicalRowView(
    [property: Id(0)] string Item,
    [property: Id(1)] string Status,
    [property: Id(2)] string Name,
    [property: Id(3)] string DeclaredUnit,
    [property: Id(4)] decimal BookOnSite,
    [property: Id(5)] decimal AtSubcontractor,
    [property: Id(6)] decimal Counted,
    [property: Id(7)] decimal Difference,
    [property: Id(8)] decimal UnitValue,
    [property: Id(9)] string Currency,
    [property: Id(10)] decimal DifferenceValue,
    [property: Id(11)] decimal DutyRatePercent,
    [property: Id(12)] decimal VatRatePercent,
    [property: Id(13)] decimal DutyExposure);

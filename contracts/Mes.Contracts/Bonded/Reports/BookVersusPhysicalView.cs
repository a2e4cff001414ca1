namespace Mes.Contracts.Bonded.Reports;

/// <summary>A stock-take compared with the book: rows, and the value at risk per currency.</summary>
[GenerateSerializer, Immutable, Alias("mes.bonded.book-versus-physical")]
public sealed record BookVersusPhysicalView(
    [property: Id(0)] string Sheet,
    [property: Id(1)] DateTimeOffset? CountedAt,
    [property: Id(2)] IReadOnlyList<BookVersusPhysicalRowView> Rows,
    [property: Id(3)] IReadOnlyList<MoneyAmount> ExposureByCurrency);

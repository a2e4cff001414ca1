namespace Mes.Contracts.Bonded.Reports;

/// <summary>The movements booked against one customs document line for one item.</summary>
[GenerateSerializer, Immutable, Alias("mes.bonded.document-movement-row")]
public sealed record DocumentMovementRowView(
    [property: Id(0)] DocumentReference Document,
    [property: Id(1)] DateTimeOffset FirstPostedAt,
    [property: Id(2)] string Kind,
    [property: Id(3)] string Item,
    [property: Id(4)] string Status,
    [property: Id(5)] decimal DeclaredQuantity,
    [property: Id(6)] string DeclaredUnit,
    [property: Id(7)] decimal? Amount,
    [property: Id(8)] string? Currency,
    [property: Id(9)] int Entries);

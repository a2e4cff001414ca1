namespace Mes.Contracts.Bonded.Reports;

/// <summary>One item in one status, bucket by bucket, in declared units.</summary>
[GenerateSerializer, Immutable, Alias("mes.bonded.balance-row")]
public sealed record BalanceRowView(
    [property: Id(0)] string Item,
    [property: Id(1)] string Status,
    [property: Id(2)] string Name,
    [property: Id(3)] string HsCode,
    [property: Id(4)] string DeclaredUnit,
    [property: Id(5)] decimal Stock,
    [property: Id(6)] decimal AtSubcontractor,
    [property: Id(7)] decimal Defective,
    [property: Id(8)] decimal Book,
    [property: Id(9)] decimal Suspense,
    [property: Id(10)] decimal Scrap);

namespace Mes.Contracts.Production.MasterData;

/// <summary>What one imported master-data version holds, in outline.</summary>
/// <param name="Version">The version number (1, 2, …).</param>
/// <param name="ImportedAt">When it was imported (UTC).</param>
/// <param name="Source">Where its files came from.</param>
/// <param name="SiteId">The site, e.g. <c>ks1</c>.</param>
/// <param name="LineIds">The lines.</param>
/// <param name="WorkstationIds">The workstations, in route order per line.</param>
/// <param name="ProductNos">The products.</param>
/// <param name="MaterialCount">How many materials.</param>
/// <param name="OperatorCount">How many operators.</param>
[GenerateSerializer, Immutable, Alias("mes.production.master-data-version")]
public sealed record MasterDataVersion(
    [property: Id(0)] int Version,
    [property: Id(1)] DateTimeOffset ImportedAt,
    [property: Id(2)] string Source,
    [property: Id(3)] string SiteId,
    [property: Id(4)] IReadOnlyList<string> LineIds,
    [property: Id(5)] IReadOnlyList<string> WorkstationIds,
    [property: Id(6)] IReadOnlyList<string> ProductNos,
    [property: Id(7)] int MaterialCount,
    [property: Id(8)] int OperatorCount);

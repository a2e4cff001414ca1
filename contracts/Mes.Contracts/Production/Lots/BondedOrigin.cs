namespace Mes.Contracts.Production.Lots;

/// <summary>Where a bonded lot came from in the customs account book.</summary>
/// <param name="CustomsItemNo">The account-book item number of the material.</param>
/// <param name="SourceDocumentLine">The customs document line it was received under (declaration or
/// inventory verification list number and line, e.g. <c>QD-2026-000123/4</c>).</param>
[GenerateSerializer, Immutable, Alias("mes.production.bonded-origin")]
public sealed record BondedOrigin(
    [property: Id(0)] string CustomsItemNo,
    [property: Id(1)] string SourceDocumentLine);

namespace Mes.Contracts.Bonded.MasterData;

/// <summary>The filed master data of a book: header, every item version, mapping and norm line, and the change count.</summary>
[GenerateSerializer, Immutable, Alias("mes.bonded.master-data")]
public sealed record MasterDataView(
    [property: Id(0)] BookHeaderView Book,
    [property: Id(1)] int ChangeCount,
    [property: Id(2)] IReadOnlyList<ItemVersion> Items,
    [property: Id(3)] IReadOnlyList<PartMapping> Mappings,
    [property: Id(4)] IReadOnlyList<NormLine> Norms);

namespace Mes.Contracts.Bonded.MasterData;

/// <summary>The four master-data files of a book (layout: samples/bonded/README.md), as text.</summary>
[GenerateSerializer, Immutable, Alias("mes.bonded.master-data-files")]
public sealed record MasterDataFileTexts(
    [property: Id(0)] string Book,
    [property: Id(1)] string Items,
    [property: Id(2)] string Mappings,
    [property: Id(3)] string Norms);

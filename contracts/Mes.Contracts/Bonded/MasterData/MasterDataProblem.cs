namespace Mes.Contracts.Bonded.MasterData;

/// <summary>One refused master-data value: the file of the layout, the 1-based row (null for a single declaration), the field and why.</summary>
[GenerateSerializer, Immutable, Alias("mes.bonded.master-data-problem")]
public sealed record MasterDataProblem(
    [property: Id(0)] string File,
    [property: Id(1)] int? Row,
    [property: Id(2)] string Field,
    [property: Id(3)] string Message);

namespace Mes.Contracts.Production.MasterData;

/// <summary>A master-data import.</summary>
/// <param name="RequestId">Client-supplied id; a retry with the same id imports nothing twice.</param>
/// <param name="Files">File name → text, e.g. <c>materials.csv</c> → its content.</param>
/// <param name="Source">Where the files came from, for people reading the version list (<c>api</c>,
/// <c>samples/plant</c>).</param>
[GenerateSerializer, Immutable, Alias("mes.production.import-master-data")]
public sealed record ImportMasterData(
    [property: Id(0)] string RequestId,
    [property: Id(1)] IReadOnlyDictionary<string, string> Files,
    [property: Id(2)] string Source);

namespace Mes.Contracts.Production.Workstations;

/// <summary>A reel is taken out of a slot.</summary>
/// <param name="RequestId">Client-supplied id; a retry with the same id changes nothing twice.</param>
/// <param name="Slot">The slot.</param>
[GenerateSerializer, Immutable, Alias("mes.production.unload-material")]
public sealed record UnloadMaterialRequest([property: Id(0)] string RequestId, [property: Id(1)] string Slot);

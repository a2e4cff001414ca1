namespace Mes.Contracts.Production.MasterData;

/// <summary>An operator as the plant's master data names them.</summary>
/// <param name="Badge">The badge number, the operator's identity on the shop floor.</param>
/// <param name="Name">The name terminals greet them with.</param>
[GenerateSerializer, Immutable, Alias("mes.production.plant-operator")]
public sealed record PlantOperator([property: Id(0)] string Badge, [property: Id(1)] string Name);

namespace Mes.Grains.Production.Units;

/// <summary>An order gives out a serial: the unit comes into being.</summary>
/// <param name="OrderNo">The order.</param>
/// <param name="ProductNo">The product.</param>
[GenerateSerializer, Immutable, Alias("mes.production.register-unit")]
public sealed record RegisterUnit([property: Id(0)] string OrderNo, [property: Id(1)] string ProductNo);

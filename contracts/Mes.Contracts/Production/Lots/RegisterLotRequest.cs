namespace Mes.Contracts.Production.Lots;

/// <summary>Registers a lot as it arrives at the line.</summary>
/// <param name="RequestId">Client-supplied id; a retry with the same id registers nothing twice.</param>
/// <param name="PartNo">The material's part number (must be in master data).</param>
/// <param name="Quantity">Quantity on the reel, in the material's unit; more than zero.</param>
/// <param name="Bonded">Where a bonded lot entered under bond; null for non-bonded material.</param>
/// <param name="Moisture">The lot's moisture exposure so far; null for a sealed, fresh lot.</param>
[GenerateSerializer, Immutable, Alias("mes.production.register-lot")]
public sealed record RegisterLotRequest(
    [property: Id(0)] string RequestId,
    [property: Id(1)] string PartNo,
    [property: Id(2)] decimal Quantity,
    [property: Id(3)] BondedOrigin? Bonded,
    [property: Id(4)] MoistureAtReceipt? Moisture);

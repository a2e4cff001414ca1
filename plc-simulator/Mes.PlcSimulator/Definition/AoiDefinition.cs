namespace Mes.PlcSimulator.Definition;

/// <summary>
/// Optical inspection: the base reject rate of the machine rises with how far the board's paste volume was from
/// 100 % and how far the oven zones were from their profile when the board passed.
/// </summary>
public sealed record AoiDefinition(DriftEffectDefinition Paste, DriftEffectDefinition Temperature);

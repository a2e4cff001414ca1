namespace Mes.Contracts.Production.Workstations;

/// <summary>A value measured at a test step, in the step's unit.</summary>
/// <param name="Step">The test step, e.g. <c>supply-voltage</c>.</param>
/// <param name="Value">The value (exact decimal).</param>
[GenerateSerializer, Immutable, Alias("mes.production.measured-value")]
public sealed record MeasuredValue([property: Id(0)] string Step, [property: Id(1)] decimal Value);

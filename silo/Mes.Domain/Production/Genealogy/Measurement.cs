namespace Mes.Domain.Production.Genealogy;

/// <summary>A value measured at a test step, in the step's unit.</summary>
public sealed record Measurement(string Step, decimal Value);

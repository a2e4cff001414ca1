namespace Mes.Contracts.Production.Instructions;

/// <summary>A test step with its inclusive limits; a null limit is open.</summary>
/// <param name="Name">The step (<c>supply-voltage</c>).</param>
/// <param name="Unit">The unit of its values (<c>V</c>).</param>
/// <param name="Low">The lowest passing value, or null.</param>
/// <param name="High">The highest passing value, or null.</param>
[GenerateSerializer, Immutable, Alias("mes.production.instructed-test-step")]
public sealed record InstructedTestStep(
    [property: Id(0)] string Name,
    [property: Id(1)] string Unit,
    [property: Id(2)] decimal? Low,
    [property: Id(3)] decimal? High);

namespace Mes.Contracts.Production.Instructions;

/// <summary>An operation of the route as the operator sees it.</summary>
/// <param name="OperationId">The operation id (<c>place-1</c>).</param>
/// <param name="Name">Its name (<c>Place chips</c>).</param>
/// <param name="Certification">The certification the operator needs.</param>
/// <param name="Rework">True for a rework operation, reached only when an inspection fails.</param>
/// <param name="TestSteps">The steps a passing unit must be measured within.</param>
[GenerateSerializer, Immutable, Alias("mes.production.instructed-operation")]
public sealed record InstructedOperation(
    [property: Id(0)] string OperationId,
    [property: Id(1)] string Name,
    [property: Id(2)] string Certification,
    [property: Id(3)] bool Rework,
    [property: Id(4)] IReadOnlyList<InstructedTestStep> TestSteps);

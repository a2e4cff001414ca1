namespace Mes.Contracts.Production.Workstations;

/// <summary>The operation in progress on a unit completes.</summary>
/// <param name="RequestId">Client-supplied id; a retried completion returns the same result and writes nothing
/// twice.</param>
/// <param name="Serial">The unit's serial number.</param>
/// <param name="Passed">True for pass, false for fail.</param>
/// <param name="DefectCodes">Defect codes found (a failure needs one, or a failing measurement).</param>
/// <param name="Measurements">Measured test steps.</param>
/// <param name="ComponentSerials">Serialised components fitted (sub-assemblies).</param>
[GenerateSerializer, Immutable, Alias("mes.production.complete-unit")]
public sealed record CompleteUnitRequest(
    [property: Id(0)] string RequestId,
    [property: Id(1)] string Serial,
    [property: Id(2)] bool Passed,
    [property: Id(3)] IReadOnlyList<string> DefectCodes,
    [property: Id(4)] IReadOnlyList<MeasuredValue> Measurements,
    [property: Id(5)] IReadOnlyList<string> ComponentSerials);

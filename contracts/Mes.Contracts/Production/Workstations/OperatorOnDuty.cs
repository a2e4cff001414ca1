namespace Mes.Contracts.Production.Workstations;

/// <summary>The operator logged in at a workstation.</summary>
/// <param name="Badge">Badge number.</param>
/// <param name="Name">Name.</param>
/// <param name="LoggedInAt">When (UTC).</param>
[GenerateSerializer, Immutable, Alias("mes.production.operator-on-duty")]
public sealed record OperatorOnDuty(
    [property: Id(0)] string Badge,
    [property: Id(1)] string Name,
    [property: Id(2)] DateTimeOffset LoggedInAt);

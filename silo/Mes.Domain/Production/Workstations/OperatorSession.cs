namespace Mes.Domain.Production.Workstations;

/// <summary>The operator logged in at a workstation.</summary>
public sealed record OperatorSession(string Badge, string Name, DateTimeOffset LoggedInAt);

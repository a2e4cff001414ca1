using Mes.Domain.Production.MasterData;

namespace Mes.Domain.Production.Units;

/// <summary>What an operation on a unit is checked against: the product's route, the workstation it is
/// scanned at, the operator logged in there and the order the workstation works on.</summary>
public sealed record RouteContext(Route Route, WorkstationDefinition Workstation, Operator Operator, string OrderNo);

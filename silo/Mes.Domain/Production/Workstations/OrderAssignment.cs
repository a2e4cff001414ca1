using Mes.Domain.Production.Orders;

namespace Mes.Domain.Production.Workstations;

/// <summary>What a workstation needs to know of the production order it works on.</summary>
public sealed record OrderAssignment(string OrderNo, string ProductNo, string LineId, bool Bonded, OrderStatus Status);

using Mes.Domain.Production.Materials;

namespace Mes.Domain.Production.Workstations;

/// <summary>A request from a terminal to a workstation.</summary>
public abstract record WorkstationCommand
{
    private protected WorkstationCommand()
    {
    }
}

/// <summary>An operator scans a badge to log in.</summary>
public sealed record LogIn(string Badge) : WorkstationCommand;

/// <summary>The operator logs out.</summary>
public sealed record LogOut : WorkstationCommand;

/// <summary>The workstation starts working on a production order.</summary>
public sealed record SelectOrder(OrderAssignment Order) : WorkstationCommand;

/// <summary>A reel (the lot grain's current state) is scanned into a slot.</summary>
public sealed record LoadMaterial(string Slot, MaterialLot Reel) : WorkstationCommand;

/// <summary>A reel is taken out of a slot.</summary>
public sealed record UnloadMaterial(string Slot) : WorkstationCommand;

/// <summary>The operator reports why the workstation is (or was) down.</summary>
public sealed record ReportDowntime(string ReasonCode) : WorkstationCommand;

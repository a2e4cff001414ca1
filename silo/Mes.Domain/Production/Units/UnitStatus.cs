namespace Mes.Domain.Production.Units;

/// <summary>Where a serialised unit stands.</summary>
public enum UnitStatus
{
    /// <summary>On its route.</summary>
    InProcess,
    /// <summary>On hold: nothing may start until it is released.</summary>
    Hold,
    /// <summary>Failed with no way on along the route (no rework loop left): waits for disposition.</summary>
    Failed,
    /// <summary>Scrapped.</summary>
    Scrapped,
    /// <summary>Passed its whole route.</summary>
    Passed,
    /// <summary>Shipped.</summary>
    Shipped,
}

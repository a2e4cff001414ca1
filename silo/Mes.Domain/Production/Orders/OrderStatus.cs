namespace Mes.Domain.Production.Orders;

/// <summary>The life of a production order: created → released → in progress → completed → closed.</summary>
public enum OrderStatus
{
    /// <summary>Entered, not yet released to the shop floor.</summary>
    Created,
    /// <summary>Released: serials can be issued and the order selected at workstations.</summary>
    Released,
    /// <summary>The first unit has started.</summary>
    InProgress,
    /// <summary>Production finished; quantities are final.</summary>
    Completed,
    /// <summary>Closed for booking (customs back-flush and costing done).</summary>
    Closed,
}

namespace Mes.Domain.Bonded.Journal;

/// <summary>The role an actor posted under; the gateway's roles plus the MES itself for automatic back-flushes.</summary>
public enum ActorRole
{
    /// <summary>A line worker. Posts no ledger entry directly; completing units makes the MES back-flush.</summary>
    Operator,

    /// <summary>A shift or line supervisor.</summary>
    Supervisor,

    /// <summary>A plant manager.</summary>
    Manager,

    /// <summary>A customs officer or auditor: reads everything, posts nothing.</summary>
    Customs,

    /// <summary>An integrated system (ERP, customs declaration client) calling the API.</summary>
    Integration,

    /// <summary>A system administrator.</summary>
    Admin,

    /// <summary>The MES itself, posting on an event it observed (an order's completed units).</summary>
    System,
}

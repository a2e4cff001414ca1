namespace Mes.OpcUa.Client;

/// <summary>How a client got its session back after connecting or reconnecting.</summary>
public enum SessionResumption
{
    /// <summary>A new session with nothing to resume (the first connection, or no subscriptions yet).</summary>
    NewSession,
    /// <summary>The old session was reactivated on a new channel; notifications sent meanwhile were republished, nothing was lost.</summary>
    Reactivated,
    /// <summary>A new session took over the old subscriptions (TransferSubscriptions); notifications still kept were republished.</summary>
    Transferred,
    /// <summary>
    /// A new session with subscriptions created again: each item reports its current value, but changes between the
    /// loss and now that the server did not keep are gone — a consumer of cumulative counters sees a jump.
    /// </summary>
    Recreated,
}

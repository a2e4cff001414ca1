using Grpc.Core;
using Mes.Contracts;
using Npgsql;
using Orleans.Storage;

namespace Mes.Gateway.Faults;

/// <summary>
/// Which failures of a call into the cluster mean "not answered, send it again": the client retries them with the same
/// request id or idempotency key, which every call that changes something carries, so a retry is answered once.
/// </summary>
public static class ClusterFaults
{
    /// <summary>
    /// UNAVAILABLE when the cluster or its database could not answer (a silo died or is failing over, PostgreSQL is
    /// restarting, the call timed out inside the cluster); ABORTED when the state changed under the call (two activations
    /// of one grain during a fail-over: the stale one's write is refused); null for anything else, which is a fault.
    /// </summary>
    public static StatusCode? RetryStatus(Exception exception) => exception switch
    {
        StoreUnavailableException or SiloUnavailableException or OrleansMessageRejectionException or GatewayTooBusyException => StatusCode.Unavailable,
        // Orleans' own response timeout: the request was sent and not answered.
        TimeoutException => StatusCode.Unavailable,
        InconsistentStateException => StatusCode.Aborted,
        // The database failed while a grain was being activated, before the silo's call filter could name it.
        NpgsqlException => StatusCode.Unavailable,
        OrleansException { InnerException: { } inner } => RetryStatus(inner),
        _ => null,
    };

    /// <summary>The words a client sees with the status.</summary>
    public static string Describe(StatusCode status, Exception exception) => status == StatusCode.Aborted
        ? "The data changed while the call ran (a fail-over in the cluster); send the same request again."
        : $"The system could not answer just now ({exception.GetType().Name}); send the same request again.";
}

namespace Mes.Contracts;

/// <summary>
/// A call could not be answered because the store of record (PostgreSQL) could not be reached or refused the work for
/// a passing reason (restarting, failing over, too many connections). The call may or may not have taken effect: send
/// the same request again, with the same request id or idempotency key, and it is answered once. The silo raises this
/// in place of the driver's own exception, which cannot travel to callers.
/// </summary>
[GenerateSerializer, Alias("mes.store-unavailable")]
public sealed class StoreUnavailableException : Exception
{
    /// <summary>Creates the exception with a generic message.</summary>
    public StoreUnavailableException()
    {
    }

    /// <summary>Creates the exception with what could not be reached.</summary>
    public StoreUnavailableException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with what could not be reached and why.</summary>
    public StoreUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

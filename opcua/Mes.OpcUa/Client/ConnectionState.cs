using Mes.OpcUa.Encoding;

namespace Mes.OpcUa.Client;

/// <summary>Where a <see cref="ResilientClient"/> stands with its server; a workstation shows "machine disconnected" unless <see cref="Connected"/>.</summary>
public abstract record ConnectionState
{
    private protected ConnectionState()
    {
    }

    /// <summary>A session is active and data flows.</summary>
    /// <param name="Resumption">How the session was obtained; <see cref="SessionResumption.Recreated"/> warns of changes the server did not keep.</param>
    /// <param name="Since">When the connection was made.</param>
    public sealed record Connected(SessionResumption Resumption, DateTimeOffset Since) : ConnectionState;

    /// <summary>The connection is down (or was never made) and the client is trying again.</summary>
    /// <param name="Attempt">The attempt about to be made, from 1.</param>
    /// <param name="LastError">Why the connection or the last attempt failed.</param>
    /// <param name="Reason">The same, in words.</param>
    /// <param name="RetryIn">The wait before the next attempt (the back-off).</param>
    /// <param name="NextAttemptAt">When the next attempt starts.</param>
    public sealed record Reconnecting(int Attempt, StatusCode LastError, string Reason, TimeSpan RetryIn, DateTimeOffset NextAttemptAt) : ConnectionState;

    /// <summary>Not connected and not trying: before the first attempt, or after the client was stopped.</summary>
    /// <param name="Reason">Why.</param>
    public sealed record Disconnected(StatusCode Reason) : ConnectionState;
}

using System.Diagnostics;
using Grpc.Core;

namespace Mes.Bench.Load.Calls;

/// <summary>
/// Calls the gateway as a plant client does: each attempt with a deadline, and a call the system could not answer
/// (UNAVAILABLE, ABORTED, DEADLINE_EXCEEDED) sent again unchanged, with the same request id or idempotency key, until
/// it is answered or <see cref="GiveUpAfter"/> has passed. Any other error is the answer.
/// </summary>
public sealed class RetryingCaller
{
    private static readonly TimeSpan FirstPause = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan LastPause = TimeSpan.FromSeconds(2);

    /// <summary>How long one attempt may take.</summary>
    public TimeSpan AttemptDeadline { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How long a call is retried before the client gives up.</summary>
    public TimeSpan GiveUpAfter { get; init; } = TimeSpan.FromMinutes(3);

    /// <summary>Whether a status means "not answered; the same request may be sent again".</summary>
    public static bool IsRetryable(StatusCode status) =>
        status is StatusCode.Unavailable or StatusCode.Aborted or StatusCode.DeadlineExceeded;

    /// <summary>
    /// Calls until answered; records the latency of an acknowledged call in <paramref name="log"/> and returns the reply.
    /// </summary>
    /// <exception cref="RpcException">The answer was an error that is not retryable, or retries ran out; the log has it.</exception>
    public async Task<T> Call<T>(CallLog log, Metadata headers, Func<CallOptions, AsyncUnaryCall<T>> call, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(call);
        var started = Stopwatch.GetTimestamp();
        var pause = FirstPause;
        while (true)
        {
            try
            {
                var reply = await call(new CallOptions(headers, DateTime.UtcNow + AttemptDeadline, cancellationToken));
                log.Acknowledged(Stopwatch.GetElapsedTime(started));
                return reply;
            }
            catch (RpcException e) when (IsRetryable(e.StatusCode) && Stopwatch.GetElapsedTime(started) < GiveUpAfter && !cancellationToken.IsCancellationRequested)
            {
                log.Retried(e.StatusCode);
                await Task.Delay(pause, CancellationToken.None);
                pause = TimeSpan.FromTicks(Math.Min(pause.Ticks * 2, LastPause.Ticks));
            }
            catch (RpcException e)
            {
                log.Failed($"{e.StatusCode}: {e.Status.Detail}");
                throw;
            }
        }
    }
}

using Mes.OpcUa.Encoding;

namespace Mes.OpcUa.Client;

/// <summary>
/// A request sent and not yet answered. An awaited request completes <see cref="Completion"/>; a posted request
/// (Publish) has a <see cref="Handler"/> that the receive loop calls with the decoded response, a ServiceFault, or the
/// <see cref="ServiceResultException"/> that ended it — no task continuation, so no thread hop per response.
/// </summary>
internal sealed class PendingRequest(ElementDecoder<object>? decoder, Action<object>? handler = null, long deadline = 0)
{
    public TaskCompletionSource<object> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public ElementDecoder<object>? Decoder { get; } = decoder;

    public Action<object>? Handler { get; } = handler;

    /// <summary>When a posted request times out (a <see cref="TimeProvider"/> timestamp), or 0.</summary>
    public long Deadline { get; } = deadline;

    public void Complete(object body)
    {
        if (Handler is { } handler) handler(body);
        else Completion.TrySetResult(body);
    }

    public void Fail(ServiceResultException error)
    {
        if (Handler is { } handler) handler(error);
        else Completion.TrySetException(error);
    }
}

using Mes.OpcUa.Encoding;

namespace Mes.OpcUa.Client;

/// <summary>A request sent and not yet answered; an optional decoder replaces the generic one for its response.</summary>
internal sealed class PendingRequest(ElementDecoder<object>? decoder)
{
    public TaskCompletionSource<object> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public ElementDecoder<object>? Decoder { get; } = decoder;
}

using Mes.OpcUa.Types;

namespace Mes.OpcUa.Server.Subscriptions;

/// <summary>A response decided under the session lock and sent after it is released.</summary>
internal readonly record struct OutgoingResponse(IResponseSink Sink, uint RequestId, IServiceResponse Response)
{
    public Task SendAsync() => Sink.SendResponseAsync(RequestId, Response);
}

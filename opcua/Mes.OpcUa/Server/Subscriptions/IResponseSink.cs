using Mes.OpcUa.Types;

namespace Mes.OpcUa.Server.Subscriptions;

/// <summary>Where a deferred response goes: the channel the request came on.</summary>
internal interface IResponseSink
{
    Task SendResponseAsync(uint requestId, IServiceResponse response);
}

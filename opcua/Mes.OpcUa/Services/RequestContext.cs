using Mes.OpcUa.Server.Sessions;
using Mes.OpcUa.Server.Subscriptions;

namespace Mes.OpcUa.Services;

/// <summary>Where a request came from: the channel (to answer on, and its security) and the session it names, once checked.</summary>
internal sealed record RequestContext(IResponseSink Sink, uint ChannelId, uint RequestId)
{
    public ChannelSecurity Security { get; init; } = ChannelSecurity.None;

    public Session? Session { get; init; }

    public Session RequiredSession => Session ?? throw new InvalidOperationException("the request has no session");
}

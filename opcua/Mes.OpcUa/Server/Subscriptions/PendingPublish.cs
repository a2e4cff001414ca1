using Mes.OpcUa.Encoding;
using Mes.OpcUa.Types;

namespace Mes.OpcUa.Server.Subscriptions;

/// <summary>A Publish request parked until a subscription has something (or a keep-alive) to send.</summary>
internal sealed record PendingPublish(IResponseSink Sink, uint RequestId, RequestHeader Header, StatusCode[] AcknowledgementResults, long ReceivedTimestamp);

using Mes.OpcUa.Encoding;

namespace Mes.OpcUa.Client;

/// <summary>What the publish engine needs to know about one Publish response after its data went to the subscription.</summary>
internal sealed record PublishOutcome(StatusCode Status, uint SubscriptionId, uint SequenceNumber, bool IsKeepAlive);

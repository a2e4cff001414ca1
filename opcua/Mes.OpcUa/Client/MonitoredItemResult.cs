using Mes.OpcUa.Encoding;

namespace Mes.OpcUa.Client;

/// <summary>What the server made of one monitored item request.</summary>
/// <param name="ClientHandle">The client handle of the request.</param>
/// <param name="Status">Good, or why the item was refused (e.g. BadNodeIdUnknown) — per item, not for the subscription.</param>
/// <param name="MonitoredItemId">The server's id of the item.</param>
/// <param name="RevisedSamplingInterval">The sampling interval the server uses.</param>
/// <param name="RevisedQueueSize">The queue size the server uses.</param>
public sealed record MonitoredItemResult(uint ClientHandle, StatusCode Status, uint MonitoredItemId, TimeSpan RevisedSamplingInterval, uint RevisedQueueSize);

using Mes.OpcUa.Encoding;

namespace Mes.OpcUa.Client;

/// <summary>One data change: the client handle of the monitored item and the new value.</summary>
/// <param name="ClientHandle">The handle given in <see cref="MonitoredNode"/>.</param>
/// <param name="Value">The value with status and timestamps.</param>
public readonly record struct MonitoredValue(uint ClientHandle, DataValue Value);

using Mes.OpcUa.Encoding;
using Mes.OpcUa.Types;

namespace Mes.OpcUa.Client;

/// <summary>A node attribute to watch in a subscription.</summary>
/// <param name="NodeId">The node.</param>
/// <param name="ClientHandle">The handle the client uses to recognise this item in data changes.</param>
public sealed record MonitoredNode(NodeId NodeId, uint ClientHandle)
{
    /// <summary>The attribute to watch; Value by default.</summary>
    public uint AttributeId { get; init; } = Types.AttributeId.Value;

    /// <summary>How often the server samples; null = the publishing interval.</summary>
    public TimeSpan? SamplingInterval { get; init; }

    /// <summary>How many values the server queues between publishes.</summary>
    public uint QueueSize { get; init; } = 1;

    /// <summary>Report a numeric change only when it exceeds this absolute amount; null reports every change.</summary>
    public double? AbsoluteDeadband { get; init; }

    /// <summary>When the queue is full, drop the oldest value (true) or the newest (false).</summary>
    public bool DiscardOldest { get; init; } = true;

    /// <summary>
    /// The URI of the node's namespace. When set, the namespace index of <see cref="NodeId"/> is looked up in the
    /// server's NamespaceArray each time the item is created, since a server may renumber its namespaces on restart.
    /// </summary>
    public string? NamespaceUri { get; init; }

    /// <summary>Which timestamps the data changes carry.</summary>
    public TimestampsToReturn Timestamps { get; init; } = TimestampsToReturn.Both;
}

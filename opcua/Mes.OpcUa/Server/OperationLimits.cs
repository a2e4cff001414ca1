namespace Mes.OpcUa.Server;

/// <summary>How many operations one service call may carry; more gives BadTooManyOperations. Published under ServerCapabilities.</summary>
public sealed record OperationLimits
{
    /// <summary>Nodes per Read.</summary>
    public uint MaxNodesPerRead { get; init; } = 10_000;

    /// <summary>Nodes per Write.</summary>
    public uint MaxNodesPerWrite { get; init; } = 10_000;

    /// <summary>Methods per Call.</summary>
    public uint MaxNodesPerMethodCall { get; init; } = 1_000;

    /// <summary>Nodes per Browse or BrowseNext.</summary>
    public uint MaxNodesPerBrowse { get; init; } = 1_000;

    /// <summary>Monitored items per CreateMonitoredItems or DeleteMonitoredItems.</summary>
    public uint MaxMonitoredItemsPerCall { get; init; } = 10_000;
}

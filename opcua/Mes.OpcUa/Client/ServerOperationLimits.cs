namespace Mes.OpcUa.Client;

/// <summary>
/// How many operations the server accepts per call (Server.ServerCapabilities.OperationLimits); 0 means no limit or
/// not published. The client splits larger reads, writes and monitored item requests into batches of this size, since
/// devices such as the S7-1500 refuse more than 1 000 per call; its Browse and Call name one node per request.
/// </summary>
/// <param name="MaxNodesPerRead">Nodes per Read.</param>
/// <param name="MaxNodesPerWrite">Nodes per Write.</param>
/// <param name="MaxNodesPerBrowse">Nodes per Browse.</param>
/// <param name="MaxMonitoredItemsPerCall">Monitored items per CreateMonitoredItems/DeleteMonitoredItems.</param>
public sealed record ServerOperationLimits(uint MaxNodesPerRead, uint MaxNodesPerWrite, uint MaxNodesPerBrowse, uint MaxMonitoredItemsPerCall)
{
    /// <summary>No limits known.</summary>
    public static ServerOperationLimits None { get; } = new(0, 0, 0, 0);

    internal static IEnumerable<T[]> Batches<T>(IReadOnlyList<T> items, uint limit)
    {
        var size = limit == 0 ? Math.Max(1, items.Count) : (int)Math.Min(limit, int.MaxValue);
        for (var offset = 0; offset < items.Count; offset += size)
            yield return items.Skip(offset).Take(size).ToArray();
    }
}

namespace Mes.OpcUa.Types;

/// <summary>Which timestamps a read or a monitored item returns.</summary>
public enum TimestampsToReturn
{
    /// <summary>Source.</summary>
    Source = 0,
    /// <summary>Server.</summary>
    Server = 1,
    /// <summary>Both.</summary>
    Both = 2,
    /// <summary>Neither.</summary>
    Neither = 3,
    /// <summary>Invalid.</summary>
    Invalid = 4,
}

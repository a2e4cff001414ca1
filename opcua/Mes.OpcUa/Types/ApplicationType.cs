namespace Mes.OpcUa.Types;

/// <summary>The kind of an OPC UA application.</summary>
public enum ApplicationType
{
    /// <summary>Server.</summary>
    Server = 0,
    /// <summary>Client.</summary>
    Client = 1,
    /// <summary>ClientAndServer.</summary>
    ClientAndServer = 2,
    /// <summary>DiscoveryServer.</summary>
    DiscoveryServer = 3,
}

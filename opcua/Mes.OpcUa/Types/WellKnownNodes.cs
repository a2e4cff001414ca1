using Mes.OpcUa.Encoding;

namespace Mes.OpcUa.Types;

/// <summary>Node ids of namespace 0 that clients and servers use by number (values from the OPC UA nodeset).</summary>
public static class WellKnownNodes
{
    /// <summary>The Root folder.</summary>
    public static readonly NodeId RootFolder = new(84u);
    /// <summary>The Objects folder.</summary>
    public static readonly NodeId ObjectsFolder = new(85u);
    /// <summary>The Types folder.</summary>
    public static readonly NodeId TypesFolder = new(86u);
    /// <summary>The Views folder.</summary>
    public static readonly NodeId ViewsFolder = new(87u);
    /// <summary>The Server object.</summary>
    public static readonly NodeId Server = new(2253u);
    /// <summary>Server.ServerArray.</summary>
    public static readonly NodeId ServerArray = new(2254u);
    /// <summary>Server.NamespaceArray.</summary>
    public static readonly NodeId NamespaceArray = new(2255u);
    /// <summary>Server.ServerStatus.</summary>
    public static readonly NodeId ServerStatus = new(2256u);
    /// <summary>Server.ServerStatus.StartTime.</summary>
    public static readonly NodeId ServerStatusStartTime = new(2257u);
    /// <summary>Server.ServerStatus.CurrentTime.</summary>
    public static readonly NodeId ServerStatusCurrentTime = new(2258u);
    /// <summary>Server.ServerStatus.State.</summary>
    public static readonly NodeId ServerStatusState = new(2259u);
    /// <summary>Server.ServerStatus.BuildInfo.</summary>
    public static readonly NodeId ServerStatusBuildInfo = new(2260u);
    /// <summary>Server.ServiceLevel.</summary>
    public static readonly NodeId ServiceLevel = new(2267u);
    /// <summary>Server.ServerCapabilities.</summary>
    public static readonly NodeId ServerCapabilities = new(2268u);
    /// <summary>Server.ServerCapabilities.OperationLimits.</summary>
    public static readonly NodeId OperationLimits = new(11704u);
    /// <summary>OperationLimits.MaxNodesPerRead.</summary>
    public static readonly NodeId MaxNodesPerRead = new(11705u);
    /// <summary>OperationLimits.MaxNodesPerWrite.</summary>
    public static readonly NodeId MaxNodesPerWrite = new(11707u);
    /// <summary>OperationLimits.MaxNodesPerMethodCall.</summary>
    public static readonly NodeId MaxNodesPerMethodCall = new(11709u);
    /// <summary>OperationLimits.MaxNodesPerBrowse.</summary>
    public static readonly NodeId MaxNodesPerBrowse = new(11710u);
    /// <summary>OperationLimits.MaxMonitoredItemsPerCall.</summary>
    public static readonly NodeId MaxMonitoredItemsPerCall = new(11714u);
    /// <summary>The References reference type (all references).</summary>
    public static readonly NodeId References = new(31u);
    /// <summary>The HierarchicalReferences reference type.</summary>
    public static readonly NodeId HierarchicalReferences = new(33u);
    /// <summary>The HasChild reference type.</summary>
    public static readonly NodeId HasChild = new(34u);
    /// <summary>The Organizes reference type.</summary>
    public static readonly NodeId Organizes = new(35u);
    /// <summary>The HasTypeDefinition reference type.</summary>
    public static readonly NodeId HasTypeDefinition = new(40u);
    /// <summary>The Aggregates reference type.</summary>
    public static readonly NodeId Aggregates = new(44u);
    /// <summary>The HasSubtype reference type.</summary>
    public static readonly NodeId HasSubtype = new(45u);
    /// <summary>The HasProperty reference type.</summary>
    public static readonly NodeId HasProperty = new(46u);
    /// <summary>The HasComponent reference type.</summary>
    public static readonly NodeId HasComponent = new(47u);
    /// <summary>BaseObjectType.</summary>
    public static readonly NodeId BaseObjectType = new(58u);
    /// <summary>FolderType.</summary>
    public static readonly NodeId FolderType = new(61u);
    /// <summary>BaseDataVariableType.</summary>
    public static readonly NodeId BaseDataVariableType = new(63u);
    /// <summary>PropertyType.</summary>
    public static readonly NodeId PropertyType = new(68u);
    /// <summary>ServerType.</summary>
    public static readonly NodeId ServerType = new(2004u);
    /// <summary>ServerCapabilitiesType.</summary>
    public static readonly NodeId ServerCapabilitiesType = new(2013u);
    /// <summary>ServerStatusType.</summary>
    public static readonly NodeId ServerStatusType = new(2138u);
    /// <summary>OperationLimitsType.</summary>
    public static readonly NodeId OperationLimitsType = new(11564u);
    /// <summary>The ServerStatusDataType data type.</summary>
    public static readonly NodeId ServerStatusDataType = new(862u);
    /// <summary>The ServerState enumeration data type.</summary>
    public static readonly NodeId ServerState = new(852u);
    /// <summary>The Argument data type.</summary>
    public static readonly NodeId ArgumentDataType = new(296u);
    /// <summary>The BaseDataType data type (any value).</summary>
    public static readonly NodeId BaseDataType = new(24u);
}

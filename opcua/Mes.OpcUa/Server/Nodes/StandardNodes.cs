using Mes.OpcUa.Encoding;
using Mes.OpcUa.Types;

namespace Mes.OpcUa.Server.Nodes;

/// <summary>
/// Builds the standard Server object (Part 5 §6.3.1): ServerArray, NamespaceArray, ServerStatus with its children,
/// ServiceLevel and ServerCapabilities with the operation limits this server enforces.
/// </summary>
internal static class StandardNodes
{
    public static void AddServerObject(AddressSpace space, UaServerOptions options, DateTime startTime, TimeProvider clock)
    {
        var server = space.AddStandard(WellKnownNodes.ObjectsFolder, WellKnownNodes.Organizes,
            new ObjectNode(WellKnownNodes.Server, new QualifiedName(0, "Server"), "Server") { TypeDefinition = WellKnownNodes.ServerType });
        Property(space, server.NodeId, WellKnownNodes.ServerArray, "ServerArray", BuiltInType.String, 1, Variant.FromArray(new[] { options.ApplicationUri }));
        var namespaces = space.CreateVariable(WellKnownNodes.NamespaceArray, "NamespaceArray", BuiltInTypes.DataTypeId(BuiltInType.String), 1, Variant.Null,
            WellKnownNodes.PropertyType, () => Variant.FromArray(space.NamespaceUris.ToArray()));
        space.AddStandard(server.NodeId, WellKnownNodes.HasProperty, namespaces);

        var buildInfo = new BuildInfo
        {
            ProductUri = options.ProductUri,
            ManufacturerName = options.ManufacturerName,
            ProductName = options.ApplicationName,
            SoftwareVersion = options.SoftwareVersion,
            BuildNumber = options.SoftwareVersion,
            BuildDate = startTime,
        };
        var status = space.CreateVariable(WellKnownNodes.ServerStatus, "ServerStatus", WellKnownNodes.ServerStatusDataType, -1, Variant.Null, WellKnownNodes.ServerStatusType,
            () => new Variant(new ExtensionObject(new ServerStatusDataType
            {
                StartTime = startTime,
                CurrentTime = clock.GetUtcNow().UtcDateTime,
                State = ServerState.Running,
                BuildInfo = buildInfo,
            })));
        space.AddStandard(server.NodeId, WellKnownNodes.HasComponent, status);
        Component(space, status.NodeId, WellKnownNodes.ServerStatusStartTime, "StartTime", BuiltInType.DateTime, new Variant(startTime));
        space.AddStandard(status.NodeId, WellKnownNodes.HasComponent, space.CreateVariable(WellKnownNodes.ServerStatusCurrentTime, "CurrentTime",
            BuiltInTypes.DataTypeId(BuiltInType.DateTime), -1, Variant.Null, WellKnownNodes.BaseDataVariableType, () => new Variant(clock.GetUtcNow().UtcDateTime)));
        space.AddStandard(status.NodeId, WellKnownNodes.HasComponent, space.CreateVariable(WellKnownNodes.ServerStatusState, "State",
            WellKnownNodes.ServerState, -1, new Variant((int)ServerState.Running), WellKnownNodes.BaseDataVariableType));
        var build = space.AddStandard(status.NodeId, WellKnownNodes.HasComponent, space.CreateVariable(WellKnownNodes.ServerStatusBuildInfo, "BuildInfo",
            new NodeId(338u), -1, new Variant(new ExtensionObject(buildInfo)), new NodeId(3051u)));
        Component(space, build.NodeId, new NodeId(2262u), "ProductUri", BuiltInType.String, new Variant(buildInfo.ProductUri));
        Component(space, build.NodeId, new NodeId(2263u), "ManufacturerName", BuiltInType.String, new Variant(buildInfo.ManufacturerName));
        Component(space, build.NodeId, new NodeId(2261u), "ProductName", BuiltInType.String, new Variant(buildInfo.ProductName));
        Component(space, build.NodeId, new NodeId(2264u), "SoftwareVersion", BuiltInType.String, new Variant(buildInfo.SoftwareVersion));
        Component(space, build.NodeId, new NodeId(2265u), "BuildNumber", BuiltInType.String, new Variant(buildInfo.BuildNumber));
        Component(space, build.NodeId, new NodeId(2266u), "BuildDate", BuiltInType.DateTime, new Variant(startTime));
        Component(space, status.NodeId, new NodeId(2992u), "SecondsTillShutdown", BuiltInType.UInt32, new Variant(0u));
        Component(space, status.NodeId, new NodeId(2993u), "ShutdownReason", BuiltInType.LocalizedText, new Variant(new LocalizedText(null, null)));
        Property(space, server.NodeId, WellKnownNodes.ServiceLevel, "ServiceLevel", BuiltInType.Byte, -1, new Variant((byte)255));
        Property(space, server.NodeId, new NodeId(2994u), "Auditing", BuiltInType.Boolean, -1, new Variant(false));

        var capabilities = space.AddStandard(server.NodeId, WellKnownNodes.HasComponent,
            new ObjectNode(WellKnownNodes.ServerCapabilities, new QualifiedName(0, "ServerCapabilities"), "ServerCapabilities") { TypeDefinition = WellKnownNodes.ServerCapabilitiesType });
        Property(space, capabilities.NodeId, new NodeId(2269u), "ServerProfileArray", BuiltInType.String, 1,
            Variant.FromArray(new[] { "http://opcfoundation.org/UA-Profile/Server/MicroEmbeddedDevice2017" }));
        Property(space, capabilities.NodeId, new NodeId(2271u), "LocaleIdArray", BuiltInType.String, 1, Variant.FromArray(new[] { "en" }));
        Property(space, capabilities.NodeId, new NodeId(2272u), "MinSupportedSampleRate", BuiltInType.Double, -1, new Variant(options.MinimumSamplingInterval.TotalMilliseconds));
        Property(space, capabilities.NodeId, new NodeId(2735u), "MaxBrowseContinuationPoints", BuiltInType.UInt16, -1, new Variant((ushort)options.MaxBrowseContinuationPoints));
        Property(space, capabilities.NodeId, new NodeId(11702u), "MaxArrayLength", BuiltInType.UInt32, -1, new Variant((uint)options.EncodingLimits.MaxArrayLength));
        Property(space, capabilities.NodeId, new NodeId(11703u), "MaxStringLength", BuiltInType.UInt32, -1, new Variant((uint)options.EncodingLimits.MaxStringLength));
        var limits = space.AddStandard(capabilities.NodeId, WellKnownNodes.HasComponent,
            new ObjectNode(WellKnownNodes.OperationLimits, new QualifiedName(0, "OperationLimits"), "OperationLimits") { TypeDefinition = WellKnownNodes.OperationLimitsType });
        var operations = options.OperationLimits;
        Property(space, limits.NodeId, WellKnownNodes.MaxNodesPerRead, "MaxNodesPerRead", BuiltInType.UInt32, -1, new Variant(operations.MaxNodesPerRead));
        Property(space, limits.NodeId, WellKnownNodes.MaxNodesPerWrite, "MaxNodesPerWrite", BuiltInType.UInt32, -1, new Variant(operations.MaxNodesPerWrite));
        Property(space, limits.NodeId, WellKnownNodes.MaxNodesPerMethodCall, "MaxNodesPerMethodCall", BuiltInType.UInt32, -1, new Variant(operations.MaxNodesPerMethodCall));
        Property(space, limits.NodeId, WellKnownNodes.MaxNodesPerBrowse, "MaxNodesPerBrowse", BuiltInType.UInt32, -1, new Variant(operations.MaxNodesPerBrowse));
        Property(space, limits.NodeId, WellKnownNodes.MaxMonitoredItemsPerCall, "MaxMonitoredItemsPerCall", BuiltInType.UInt32, -1, new Variant(operations.MaxMonitoredItemsPerCall));
    }

    private static void Property(AddressSpace space, NodeId parent, NodeId id, string name, BuiltInType type, int rank, Variant value) =>
        space.AddStandard(parent, WellKnownNodes.HasProperty, space.CreateVariable(id, name, BuiltInTypes.DataTypeId(type), rank, value, WellKnownNodes.PropertyType));

    private static void Component(AddressSpace space, NodeId parent, NodeId id, string name, BuiltInType type, Variant value) =>
        space.AddStandard(parent, WellKnownNodes.HasComponent, space.CreateVariable(id, name, BuiltInTypes.DataTypeId(type), -1, value, WellKnownNodes.BaseDataVariableType));
}

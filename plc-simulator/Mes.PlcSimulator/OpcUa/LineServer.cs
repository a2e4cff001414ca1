using Mes.OpcUa.Encoding;
using Mes.OpcUa.Server;
using Mes.OpcUa.Server.Nodes;
using Mes.OpcUa.Types;
using Mes.PlcSimulator.AddressSpace;
using SimulatedObject = Mes.PlcSimulator.AddressSpace.ObjectNode;
using SimulatedVariable = Mes.PlcSimulator.AddressSpace.VariableNode;
using UaArgument = Mes.OpcUa.Types.Argument;
using UaVariable = Mes.OpcUa.Server.Nodes.VariableNode;

namespace Mes.PlcSimulator.OpcUa;

/// <summary>
/// Serves the simulated lines through the project's OPC UA server: registers the node tree once, turns client
/// writes and method calls into simulation commands, and copies each changed value into the server's node (the
/// sink of <see cref="Host.WallClockPacer"/>), so that the server's sampler publishes what the line does.
/// </summary>
public sealed class LineServer : IVariableSink, IAsyncDisposable
{
    private readonly UaServer _server;
    private readonly UaVariable[] _nodes;
    private readonly Func<DateTime, DateTime> _sourceTime;

    /// <summary>
    /// Builds the server's address space from <paramref name="lines"/>; call <see cref="StartAsync"/> to listen.
    /// <paramref name="sourceTime"/> turns a value's simulated time into the source timestamp served (the
    /// simulated time itself when null).
    /// </summary>
    public LineServer(ILineAddressSpace lines, UaServerOptions options, Func<DateTime, DateTime>? sourceTime = null)
    {
        ArgumentNullException.ThrowIfNull(lines);
        _sourceTime = sourceTime ?? (simulated => simulated);
        _server = new UaServer(options);
        var space = _server.AddressSpace;
        var ns = space.RegisterNamespace(lines.NamespaceUri);
        _nodes = new UaVariable[lines.Variables.Count];
        foreach (var line in lines.Lines)
        {
            AddObject(space, lines, ns, _nodes, WellKnownNodes.ObjectsFolder, line);
        }
    }

    /// <summary>The endpoint URL, with the actual port once started.</summary>
    public string EndpointUrl => _server.EndpointUrl;

    /// <summary>Starts listening.</summary>
    public Task StartAsync(CancellationToken cancellationToken) => _server.StartAsync(cancellationToken);

    /// <summary>Copies a changed simulated value, with its source time, into the server's node.</summary>
    public void OnChanged(SimulatedVariable variable)
    {
        ArgumentNullException.ThrowIfNull(variable);
        _nodes[variable.Handle].SetValue(CurrentValue(variable), _sourceTime(variable.SourceTimestamp));
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _server.DisposeAsync();

    private static void AddObject(Mes.OpcUa.Server.Nodes.AddressSpace space, ILineAddressSpace lines, ushort ns, UaVariable[] nodes, NodeId parent, SimulatedObject source)
    {
        var id = new NodeId(source.NodeId, ns);
        if (source.IsFolder)
        {
            space.AddFolder(parent, id, source.BrowseName);
        }
        else
        {
            space.AddObject(parent, id, source.BrowseName);
        }

        foreach (var variable in source.Variables)
        {
            var node = space.AddVariable(id, new NodeId(variable.NodeId, ns), variable.BrowseName, DataTypeOf(variable.DataType), -1,
                CurrentValue(variable), variable.Access == VariableAccess.ReadWrite ? AccessLevel.ReadWrite : AccessLevel.CurrentRead);
            if (variable.Access == VariableAccess.ReadWrite)
            {
                node.WriteHandler = value => StatusOf(lines.Write(variable, value.Value).Status);
            }
            nodes[variable.Handle] = node;
        }

        foreach (var method in source.Methods)
        {
            space.AddMethod(id, new NodeId(method.NodeId, ns), method.BrowseName,
                [.. method.InputArguments.Select(ArgumentOf)], [.. method.OutputArguments.Select(ArgumentOf)],
                (_, inputs) =>
                {
                    var outcome = lines.Call(method, [.. inputs.Select(input => input.Value)]);
                    return outcome.IsGood
                        ? [.. outcome.Outputs.Select(Variant.FromObject)]
                        : throw new ServiceResultException(StatusOf(outcome.Status), outcome.Message);
                });
        }

        foreach (var child in source.Objects)
        {
            AddObject(space, lines, ns, nodes, id, child);
        }
    }

    // Built from the typed getters so that publishing a numeric change allocates nothing.
    private static Variant CurrentValue(SimulatedVariable variable) => variable.DataType switch
    {
        VariableType.Boolean => new Variant(variable.BooleanValue),
        VariableType.Int32 => new Variant(variable.Int32Value),
        VariableType.UInt32 => new Variant(variable.UInt32Value),
        VariableType.UInt64 => new Variant(variable.UInt64Value),
        VariableType.Double => new Variant(variable.DoubleValue),
        VariableType.DateTime => new Variant(variable.DateTimeValue),
        _ => new Variant(variable.StringValue),
    };

    private static NodeId DataTypeOf(VariableType type) => BuiltInTypes.DataTypeId(type switch
    {
        VariableType.Boolean => BuiltInType.Boolean,
        VariableType.Int32 => BuiltInType.Int32,
        VariableType.UInt32 => BuiltInType.UInt32,
        VariableType.UInt64 => BuiltInType.UInt64,
        VariableType.Double => BuiltInType.Double,
        VariableType.DateTime => BuiltInType.DateTime,
        _ => BuiltInType.String,
    });

    private static UaArgument ArgumentOf(MethodArgument argument) => new()
    {
        Name = argument.Name,
        DataType = DataTypeOf(argument.DataType),
        ValueRank = -1,
        Description = argument.Description,
    };

    private static StatusCode StatusOf(OperationStatus status) => status switch
    {
        OperationStatus.Good => StatusCode.Good,
        OperationStatus.BadNotWritable => StatusCode.BadNotWritable,
        OperationStatus.BadTypeMismatch => StatusCode.BadTypeMismatch,
        OperationStatus.BadOutOfRange => StatusCode.BadOutOfRange,
        OperationStatus.BadInvalidState => StatusCode.BadInvalidState,
        OperationStatus.BadInvalidArgument => StatusCode.BadInvalidArgument,
        OperationStatus.BadArgumentsMissing => StatusCode.BadArgumentsMissing,
        _ => StatusCode.BadTooManyArguments,
    };
}

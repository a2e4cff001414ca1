using Mes.OpcUa.Encoding;
using Mes.OpcUa.Server.Nodes;
using Mes.OpcUa.Types;

namespace Mes.OpcUa.Services;

/// <summary>Read and Write (Part 4 §5.10): attributes of every node class, values with access levels and exact type checks.</summary>
internal sealed class AttributeServices(ServerContext state)
{
    public ReadResponse Read(ReadRequest request)
    {
        ServerContext.CheckCount(request.NodesToRead, state.Options.OperationLimits.MaxNodesPerRead, "Read");
        if (request.MaxAge < 0) throw new ServiceResultException(StatusCode.BadMaxAgeInvalid, "MaxAge is negative");
        if (request.TimestampsToReturn is < TimestampsToReturn.Source or > TimestampsToReturn.Neither)
            throw new ServiceResultException(StatusCode.BadTimestampsToReturnInvalid, $"TimestampsToReturn {(int)request.TimestampsToReturn} is invalid");
        var nodes = request.NodesToRead!;
        var results = new DataValue[nodes.Length];
        for (var i = 0; i < nodes.Length; i++) results[i] = ReadOne(nodes[i], request.TimestampsToReturn);
        return new ReadResponse { ResponseHeader = state.Header(request.RequestHeader), Results = results };
    }

    private DataValue ReadOne(ReadValueId item, TimestampsToReturn timestamps)
    {
        var node = state.AddressSpace.Find(item.NodeId);
        if (node is null) return DataValue.FromStatus(StatusCode.BadNodeIdUnknown);
        try
        {
            if (item.AttributeId == AttributeId.Value)
            {
                if (node is not VariableNode variable) return DataValue.FromStatus(StatusCode.BadAttributeIdInvalid);
                if (!variable.AccessLevel.HasFlag(AccessLevel.CurrentRead)) return DataValue.FromStatus(StatusCode.BadNotReadable);
                var value = variable.Value;
                if (NumericRange.Parse(item.IndexRange) is { } range) value = value with { Value = range.Apply(value.Value) };
                return Stamp(value, timestamps);
            }
            var attribute = ReadAttribute(node, item.AttributeId);
            return attribute is { } found ? new DataValue(found) : DataValue.FromStatus(StatusCode.BadAttributeIdInvalid);
        }
        catch (ServiceResultException e)
        {
            return DataValue.FromStatus(e.StatusCode);
        }
    }

    private static DataValue Stamp(DataValue value, TimestampsToReturn timestamps) => timestamps switch
    {
        TimestampsToReturn.Source => value with { ServerTimestamp = default, ServerPicoseconds = 0 },
        TimestampsToReturn.Server => value with { SourceTimestamp = default, SourcePicoseconds = 0 },
        TimestampsToReturn.Neither => value with { SourceTimestamp = default, SourcePicoseconds = 0, ServerTimestamp = default, ServerPicoseconds = 0 },
        _ => value,
    };

    private static Variant? ReadAttribute(Node node, uint attributeId) => attributeId switch
    {
        AttributeId.NodeId => new Variant(node.NodeId),
        AttributeId.NodeClass => new Variant((int)node.NodeClass),
        AttributeId.BrowseName => new Variant(node.BrowseName),
        AttributeId.DisplayName => new Variant(node.DisplayName),
        AttributeId.Description => new Variant(node.Description),
        AttributeId.WriteMask or AttributeId.UserWriteMask => new Variant(0u),
        _ => node switch
        {
            ObjectNode => attributeId == AttributeId.EventNotifier ? new Variant((byte)0) : null,
            VariableNode variable => attributeId switch
            {
                AttributeId.DataType => new Variant(variable.DataType),
                AttributeId.ValueRank => new Variant(variable.ValueRank),
                AttributeId.ArrayDimensions => variable.ArrayDimensions is { } dims ? Variant.FromArray(dims) : Variant.FromArray(Array.Empty<uint>()),
                AttributeId.AccessLevel or AttributeId.UserAccessLevel => new Variant((byte)variable.AccessLevel),
                AttributeId.MinimumSamplingInterval => new Variant(variable.MinimumSamplingInterval),
                AttributeId.Historizing => new Variant(false),
                _ => null,
            },
            MethodNode method => attributeId is AttributeId.Executable or AttributeId.UserExecutable ? new Variant(method.Executable) : null,
            _ => null,
        },
    };

    public WriteResponse Write(WriteRequest request)
    {
        ServerContext.CheckCount(request.NodesToWrite, state.Options.OperationLimits.MaxNodesPerWrite, "Write");
        var nodes = request.NodesToWrite!;
        var results = new StatusCode[nodes.Length];
        for (var i = 0; i < nodes.Length; i++) results[i] = WriteOne(nodes[i]);
        return new WriteResponse { ResponseHeader = state.Header(request.RequestHeader), Results = results };
    }

    private StatusCode WriteOne(WriteValue item)
    {
        var node = state.AddressSpace.Find(item.NodeId);
        if (node is null) return StatusCode.BadNodeIdUnknown;
        if (item.AttributeId != AttributeId.Value)
            return ReadAttribute(node, item.AttributeId) is null ? StatusCode.BadAttributeIdInvalid : StatusCode.BadNotWritable;
        if (node is not VariableNode variable) return StatusCode.BadAttributeIdInvalid;
        if (!string.IsNullOrEmpty(item.IndexRange)) return StatusCode.BadWriteNotSupported;
        if (!variable.AccessLevel.HasFlag(AccessLevel.CurrentWrite)) return StatusCode.BadNotWritable;
        var value = item.Value.Value;
        var accepted = variable.Accepts(value);
        if (accepted.IsBad) return accepted;
        if (variable.WriteHandler is { } handler)
        {
            var decision = handler(value);
            if (decision.IsBad) return decision;
        }
        var sourceTime = item.Value.SourceTimestamp == DateTime.MinValue ? state.Options.Clock.GetUtcNow().UtcDateTime : item.Value.SourceTimestamp;
        variable.SetValue(value, item.Value.Status, sourceTime);
        return StatusCode.Good;
    }
}

using Mes.OpcUa.Encoding;

namespace Mes.OpcUa.Types;

internal sealed class CallMethodRequest
{
    public NodeId ObjectId { get; set; }

    public NodeId MethodId { get; set; }

    public Variant[]? InputArguments { get; set; }

    public void Encode(UaWriter w)
    {
        w.WriteNodeId(ObjectId);
        w.WriteNodeId(MethodId);
        w.WriteArray<Variant>(InputArguments, static (x, v) => x.WriteVariant(v));
    }

    public static CallMethodRequest Decode(ref UaReader r) => new()
    {
        ObjectId = r.ReadNodeId(),
        MethodId = r.ReadNodeId(),
        InputArguments = r.ReadArray(static (ref UaReader x) => x.ReadVariant(), 1, "CallMethodRequest.InputArguments"),
    };
}

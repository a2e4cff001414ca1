using Mes.OpcUa.Encoding;

namespace Mes.OpcUa.Types;

internal sealed class WriteRequest : IServiceRequest
{
    public static readonly NodeId EncodingId = new(673u);

    public NodeId BinaryEncodingId => EncodingId;

    public RequestHeader RequestHeader { get; set; } = new();

    public WriteValue[]? NodesToWrite { get; set; }

    public void Encode(UaWriter w)
    {
        RequestHeader.Encode(w);
        w.WriteArray<WriteValue>(NodesToWrite, static (x, v) => v.Encode(x));
    }

    public static WriteRequest Decode(ref UaReader r) => new()
    {
        RequestHeader = RequestHeader.Decode(ref r),
        NodesToWrite = r.ReadArray(static (ref UaReader x) => WriteValue.Decode(ref x), 1, "WriteRequest.NodesToWrite"),
    };
}

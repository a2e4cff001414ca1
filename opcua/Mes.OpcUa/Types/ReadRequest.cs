using Mes.OpcUa.Encoding;

namespace Mes.OpcUa.Types;

internal sealed class ReadRequest : IServiceRequest
{
    public static readonly NodeId EncodingId = new(631u);

    public NodeId BinaryEncodingId => EncodingId;

    public RequestHeader RequestHeader { get; set; } = new();

    public double MaxAge { get; set; }

    public TimestampsToReturn TimestampsToReturn { get; set; }

    public ReadValueId[]? NodesToRead { get; set; }

    public void Encode(UaWriter w)
    {
        RequestHeader.Encode(w);
        w.WriteDouble(MaxAge);
        w.WriteInt32((int)TimestampsToReturn);
        w.WriteArray<ReadValueId>(NodesToRead, static (x, v) => v.Encode(x));
    }

    public static ReadRequest Decode(ref UaReader r) => new()
    {
        RequestHeader = RequestHeader.Decode(ref r),
        MaxAge = r.ReadDouble(),
        TimestampsToReturn = (TimestampsToReturn)r.ReadInt32(),
        NodesToRead = r.ReadArray(static (ref UaReader x) => ReadValueId.Decode(ref x), 1, "ReadRequest.NodesToRead"),
    };
}

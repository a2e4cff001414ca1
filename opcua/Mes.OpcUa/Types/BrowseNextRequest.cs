using Mes.OpcUa.Encoding;

namespace Mes.OpcUa.Types;

internal sealed class BrowseNextRequest : IServiceRequest
{
    public static readonly NodeId EncodingId = new(533u);

    public NodeId BinaryEncodingId => EncodingId;

    public RequestHeader RequestHeader { get; set; } = new();

    public bool ReleaseContinuationPoints { get; set; }

    public byte[]?[]? ContinuationPoints { get; set; }

    public void Encode(UaWriter w)
    {
        RequestHeader.Encode(w);
        w.WriteBoolean(ReleaseContinuationPoints);
        w.WriteArray<byte[]?>(ContinuationPoints, static (x, v) => x.WriteByteString(v));
    }

    public static BrowseNextRequest Decode(ref UaReader r) => new()
    {
        RequestHeader = RequestHeader.Decode(ref r),
        ReleaseContinuationPoints = r.ReadBoolean(),
        ContinuationPoints = r.ReadArray(static (ref UaReader x) => x.ReadByteString(), 4, "BrowseNextRequest.ContinuationPoints"),
    };
}

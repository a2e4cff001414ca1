using Mes.OpcUa.Encoding;

namespace Mes.OpcUa.Types;

internal sealed class BrowseRequest : IServiceRequest
{
    public static readonly NodeId EncodingId = new(527u);

    public NodeId BinaryEncodingId => EncodingId;

    public RequestHeader RequestHeader { get; set; } = new();

    public ViewDescription View { get; set; } = new();

    public uint RequestedMaxReferencesPerNode { get; set; }

    public BrowseDescription[]? NodesToBrowse { get; set; }

    public void Encode(UaWriter w)
    {
        RequestHeader.Encode(w);
        View.Encode(w);
        w.WriteUInt32(RequestedMaxReferencesPerNode);
        w.WriteArray<BrowseDescription>(NodesToBrowse, static (x, v) => v.Encode(x));
    }

    public static BrowseRequest Decode(ref UaReader r) => new()
    {
        RequestHeader = RequestHeader.Decode(ref r),
        View = ViewDescription.Decode(ref r),
        RequestedMaxReferencesPerNode = r.ReadUInt32(),
        NodesToBrowse = r.ReadArray(static (ref UaReader x) => BrowseDescription.Decode(ref x), 1, "BrowseRequest.NodesToBrowse"),
    };
}

using Mes.OpcUa.Encoding;

namespace Mes.OpcUa.Types;

internal sealed class BrowseResult
{
    public StatusCode StatusCode { get; set; }

    public byte[]? ContinuationPoint { get; set; }

    public ReferenceDescription[]? References { get; set; }

    public void Encode(UaWriter w)
    {
        w.WriteStatusCode(StatusCode);
        w.WriteByteString(ContinuationPoint);
        w.WriteArray<ReferenceDescription>(References, static (x, v) => v.Encode(x));
    }

    public static BrowseResult Decode(ref UaReader r) => new()
    {
        StatusCode = r.ReadStatusCode(),
        ContinuationPoint = r.ReadByteString(),
        References = r.ReadArray(static (ref UaReader x) => ReferenceDescription.Decode(ref x), 1, "BrowseResult.References"),
    };
}

using Mes.OpcUa.Encoding;

namespace Mes.OpcUa.Types;

internal sealed class GetEndpointsRequest : IServiceRequest
{
    public static readonly NodeId EncodingId = new(428u);

    public NodeId BinaryEncodingId => EncodingId;

    public RequestHeader RequestHeader { get; set; } = new();

    public string? EndpointUrl { get; set; }

    public string?[]? LocaleIds { get; set; }

    public string?[]? ProfileUris { get; set; }

    public void Encode(UaWriter w)
    {
        RequestHeader.Encode(w);
        w.WriteString(EndpointUrl);
        w.WriteArray<string?>(LocaleIds, static (x, v) => x.WriteString(v));
        w.WriteArray<string?>(ProfileUris, static (x, v) => x.WriteString(v));
    }

    public static GetEndpointsRequest Decode(ref UaReader r) => new()
    {
        RequestHeader = RequestHeader.Decode(ref r),
        EndpointUrl = r.ReadString(),
        LocaleIds = r.ReadArray(static (ref UaReader x) => x.ReadString(), 4, "GetEndpointsRequest.LocaleIds"),
        ProfileUris = r.ReadArray(static (ref UaReader x) => x.ReadString(), 4, "GetEndpointsRequest.ProfileUris"),
    };
}

using Mes.OpcUa.Encoding;

namespace Mes.OpcUa.Types;

internal sealed class CallRequest : IServiceRequest
{
    public static readonly NodeId EncodingId = new(712u);

    public NodeId BinaryEncodingId => EncodingId;

    public RequestHeader RequestHeader { get; set; } = new();

    public CallMethodRequest[]? MethodsToCall { get; set; }

    public void Encode(UaWriter w)
    {
        RequestHeader.Encode(w);
        w.WriteArray<CallMethodRequest>(MethodsToCall, static (x, v) => v.Encode(x));
    }

    public static CallRequest Decode(ref UaReader r) => new()
    {
        RequestHeader = RequestHeader.Decode(ref r),
        MethodsToCall = r.ReadArray(static (ref UaReader x) => CallMethodRequest.Decode(ref x), 1, "CallRequest.MethodsToCall"),
    };
}

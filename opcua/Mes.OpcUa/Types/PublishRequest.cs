using Mes.OpcUa.Encoding;

namespace Mes.OpcUa.Types;

internal sealed class PublishRequest : IServiceRequest
{
    public static readonly NodeId EncodingId = new(826u);

    public NodeId BinaryEncodingId => EncodingId;

    public RequestHeader RequestHeader { get; set; } = new();

    public SubscriptionAcknowledgement[]? SubscriptionAcknowledgements { get; set; }

    public void Encode(UaWriter w)
    {
        RequestHeader.Encode(w);
        w.WriteArray<SubscriptionAcknowledgement>(SubscriptionAcknowledgements, static (x, v) => v.Encode(x));
    }

    public static PublishRequest Decode(ref UaReader r) => new()
    {
        RequestHeader = RequestHeader.Decode(ref r),
        SubscriptionAcknowledgements = r.ReadArray(static (ref UaReader x) => SubscriptionAcknowledgement.Decode(ref x), 1, "PublishRequest.SubscriptionAcknowledgements"),
    };
}

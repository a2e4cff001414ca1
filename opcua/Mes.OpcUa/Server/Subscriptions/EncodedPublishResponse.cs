using Mes.OpcUa.Encoding;
using Mes.OpcUa.Types;

namespace Mes.OpcUa.Server.Subscriptions;

/// <summary>
/// A Publish response whose NotificationMessage was encoded once when it was built (and is kept in that form for
/// Republish), so publishing never re-encodes or materialises per-value objects.
/// </summary>
internal sealed class EncodedPublishResponse : IServiceResponse
{
    public NodeId BinaryEncodingId => PublishResponse.EncodingId;

    public ResponseHeader ResponseHeader { get; set; } = new();

    public uint SubscriptionId { get; init; }

    public uint[] AvailableSequenceNumbers { get; init; } = [];

    public bool MoreNotifications { get; init; }

    /// <summary>The encoded message; a retained one is marked sent once encoded, which frees its buffer for reuse after acknowledgement.</summary>
    public ReadOnlyMemory<byte> NotificationMessage { get; init; }

    public RetainedMessage? Retained { get; init; }

    public StatusCode[] Results { get; init; } = [];

    public void Encode(UaWriter w)
    {
        ResponseHeader.Encode(w);
        w.WriteUInt32(SubscriptionId);
        w.WriteArray(AvailableSequenceNumbers, static (x, v) => x.WriteUInt32(v));
        w.WriteBoolean(MoreNotifications);
        w.WriteBytes(NotificationMessage.Span);
        Retained?.MarkSent();
        w.WriteArray(Results, static (x, v) => x.WriteStatusCode(v));
        w.WriteInt32(-1);
    }
}

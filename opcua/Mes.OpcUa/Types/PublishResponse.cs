using Mes.OpcUa.Encoding;

namespace Mes.OpcUa.Types;

internal sealed class PublishResponse : IServiceResponse
{
    public static readonly NodeId EncodingId = new(829u);

    public NodeId BinaryEncodingId => EncodingId;

    public ResponseHeader ResponseHeader { get; set; } = new();

    public uint SubscriptionId { get; set; }

    public uint[]? AvailableSequenceNumbers { get; set; }

    public bool MoreNotifications { get; set; }

    public NotificationMessage NotificationMessage { get; set; } = new();

    public StatusCode[]? Results { get; set; }

    public DiagnosticInfo?[]? DiagnosticInfos { get; set; }

    public void Encode(UaWriter w)
    {
        ResponseHeader.Encode(w);
        w.WriteUInt32(SubscriptionId);
        w.WriteArray<uint>(AvailableSequenceNumbers, static (x, v) => x.WriteUInt32(v));
        w.WriteBoolean(MoreNotifications);
        NotificationMessage.Encode(w);
        w.WriteArray<StatusCode>(Results, static (x, v) => x.WriteStatusCode(v));
        w.WriteArray<DiagnosticInfo?>(DiagnosticInfos, static (x, v) => x.WriteDiagnosticInfo(v));
    }

    public static PublishResponse Decode(ref UaReader r) => new()
    {
        ResponseHeader = ResponseHeader.Decode(ref r),
        SubscriptionId = r.ReadUInt32(),
        AvailableSequenceNumbers = r.ReadArray(static (ref UaReader x) => x.ReadUInt32(), 4, "PublishResponse.AvailableSequenceNumbers"),
        MoreNotifications = r.ReadBoolean(),
        NotificationMessage = NotificationMessage.Decode(ref r),
        Results = r.ReadArray(static (ref UaReader x) => x.ReadStatusCode(), 4, "PublishResponse.Results"),
        DiagnosticInfos = r.ReadArray(static (ref UaReader x) => x.ReadDiagnosticInfo(), 1, "PublishResponse.DiagnosticInfos"),
    };
}

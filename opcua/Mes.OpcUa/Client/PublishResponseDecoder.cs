using Mes.OpcUa.Encoding;
using Mes.OpcUa.Types;

namespace Mes.OpcUa.Client;

/// <summary>
/// Decodes Publish responses straight into the pooled batch of the subscription they belong to, without building
/// the generic response objects: data values are structs and numeric variants hold their value inline, so the
/// steady state allocates per response, never per value. Runs on the channel's receive loop, which keeps the
/// server's order.
/// </summary>
internal sealed class PublishResponseDecoder(Func<uint, UaSubscription?> findSubscription)
{
    private static readonly NodeId DataChange = DataChangeNotification.EncodingId;
    private static readonly NodeId StatusChange = StatusChangeNotification.EncodingId;

    public object Decode(ref UaReader r)
    {
        var header = ResponseHeader.Decode(ref r);
        if (header.ServiceResult.IsBad) return new PublishOutcome(header.ServiceResult, 0, 0, false);
        var subscriptionId = r.ReadUInt32();
        var available = r.ReadArrayLength(4, "AvailableSequenceNumbers");
        if (available > 0) r.Skip(available * 4);
        r.ReadBoolean();
        var sequenceNumber = r.ReadUInt32();
        var publishTime = r.ReadDateTime();
        var subscription = findSubscription(subscriptionId);
        var batch = subscription?.RentBatch();
        StatusCode? statusChange = null;
        var count = r.ReadArrayLength(3, "NotificationData");
        for (var i = 0; i < count; i++)
        {
            var typeId = r.ReadExpandedNodeId();
            var encoding = r.ReadByte();
            if (encoding == 0) continue;
            var length = r.ReadInt32();
            if (length < 0) throw new ServiceResultException(StatusCode.BadDecodingError, "notification body length is negative");
            var body = new UaReader(r.ReadBytes(length), r.Limits);
            if (encoding != 1 || !typeId.IsLocal) continue;
            if (typeId.NodeId == DataChange)
            {
                var items = body.ReadArrayLength(2, "MonitoredItems");
                for (var j = 0; j < items; j++) ReadChange(ref body, batch);
            }
            else if (typeId.NodeId == StatusChange)
            {
                statusChange = body.ReadStatusCode();
            }
        }
        r.ReadArray(static (ref UaReader x) => x.ReadStatusCode(), 4, "PublishResponse.Results");
        r.ReadArray(static (ref UaReader x) => x.ReadDiagnosticInfo(), 1, "PublishResponse.DiagnosticInfos");
        var keepAlive = count == 0;
        subscription?.Deliver(batch, sequenceNumber, publishTime, keepAlive, statusChange);
        return new PublishOutcome(StatusCode.Good, subscriptionId, sequenceNumber, keepAlive);
    }

    /// <summary>One MonitoredItemNotification; a method of its own so that the JIT optimizes it after a few calls, not a few responses.</summary>
    private static void ReadChange(ref UaReader body, DataChangeBatch? batch)
    {
        var handle = body.ReadUInt32();
        var value = body.ReadDataValue();
        batch?.Add(handle, value);
    }
}

using Mes.OpcUa.Encoding;

namespace Mes.OpcUa.Types;

internal sealed class MonitoredItemNotification
{
    public uint ClientHandle { get; set; }

    public DataValue Value { get; set; }

    public void Encode(UaWriter w)
    {
        w.WriteUInt32(ClientHandle);
        w.WriteDataValue(Value);
    }

    public static MonitoredItemNotification Decode(ref UaReader r) => new()
    {
        ClientHandle = r.ReadUInt32(),
        Value = r.ReadDataValue(),
    };
}

using Mes.OpcUa.Encoding;

namespace Mes.OpcUa.Types;

internal sealed class ViewDescription
{
    public NodeId ViewId { get; set; }

    public DateTime Timestamp { get; set; }

    public uint ViewVersion { get; set; }

    public void Encode(UaWriter w)
    {
        w.WriteNodeId(ViewId);
        w.WriteDateTime(Timestamp);
        w.WriteUInt32(ViewVersion);
    }

    public static ViewDescription Decode(ref UaReader r) => new()
    {
        ViewId = r.ReadNodeId(),
        Timestamp = r.ReadDateTime(),
        ViewVersion = r.ReadUInt32(),
    };
}

using Mes.OpcUa.Encoding;

namespace Mes.OpcUa.Transport;

/// <summary>The server's answer to Hello: the revised sizes and limits both sides then use (Part 6 §7.1.2.4).</summary>
internal sealed record AcknowledgeMessage(uint ProtocolVersion, int ReceiveBufferSize, int SendBufferSize, int MaxMessageSize, int MaxChunkCount)
{
    public void Encode(UaWriter w)
    {
        w.WriteUInt32(ProtocolVersion);
        w.WriteInt32(ReceiveBufferSize);
        w.WriteInt32(SendBufferSize);
        w.WriteInt32(MaxMessageSize);
        w.WriteInt32(MaxChunkCount);
    }

    public static AcknowledgeMessage Decode(ref UaReader r) =>
        new(r.ReadUInt32(), Clamp(r.ReadUInt32()), Clamp(r.ReadUInt32()), Clamp(r.ReadUInt32()), Clamp(r.ReadUInt32()));

    private static int Clamp(uint value) => value > int.MaxValue ? int.MaxValue : (int)value;
}

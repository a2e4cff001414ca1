using Mes.OpcUa.Encoding;

namespace Mes.OpcUa.Types;

internal sealed class ServerStatusDataType : IEncodeable
{
    public static readonly NodeId EncodingId = new(864u);

    public NodeId BinaryEncodingId => EncodingId;

    public DateTime StartTime { get; set; }

    public DateTime CurrentTime { get; set; }

    public ServerState State { get; set; }

    public BuildInfo BuildInfo { get; set; } = new();

    public uint SecondsTillShutdown { get; set; }

    public LocalizedText ShutdownReason { get; set; }

    public void Encode(UaWriter w)
    {
        w.WriteDateTime(StartTime);
        w.WriteDateTime(CurrentTime);
        w.WriteInt32((int)State);
        BuildInfo.Encode(w);
        w.WriteUInt32(SecondsTillShutdown);
        w.WriteLocalizedText(ShutdownReason);
    }

    public static ServerStatusDataType Decode(ref UaReader r) => new()
    {
        StartTime = r.ReadDateTime(),
        CurrentTime = r.ReadDateTime(),
        State = (ServerState)r.ReadInt32(),
        BuildInfo = BuildInfo.Decode(ref r),
        SecondsTillShutdown = r.ReadUInt32(),
        ShutdownReason = r.ReadLocalizedText(),
    };
}

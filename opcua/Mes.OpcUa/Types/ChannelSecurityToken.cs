using Mes.OpcUa.Encoding;

namespace Mes.OpcUa.Types;

internal sealed class ChannelSecurityToken
{
    public uint ChannelId { get; set; }

    public uint TokenId { get; set; }

    public DateTime CreatedAt { get; set; }

    public uint RevisedLifetime { get; set; }

    public void Encode(UaWriter w)
    {
        w.WriteUInt32(ChannelId);
        w.WriteUInt32(TokenId);
        w.WriteDateTime(CreatedAt);
        w.WriteUInt32(RevisedLifetime);
    }

    public static ChannelSecurityToken Decode(ref UaReader r) => new()
    {
        ChannelId = r.ReadUInt32(),
        TokenId = r.ReadUInt32(),
        CreatedAt = r.ReadDateTime(),
        RevisedLifetime = r.ReadUInt32(),
    };
}

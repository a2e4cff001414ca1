using System.Buffers.Binary;

namespace Mes.OpcUa.SecureChannel;

/// <summary>One security token of a channel: its id, lifetime and the protection derived for it.</summary>
internal sealed class ChannelToken : IDisposable
{
    public ChannelToken(uint tokenId, DateTime createdAt, uint lifetimeMilliseconds, IChunkProtection protection)
    {
        TokenId = tokenId;
        CreatedAt = createdAt;
        LifetimeMilliseconds = lifetimeMilliseconds;
        Protection = protection;
        HeaderBytes = new byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(HeaderBytes, tokenId);
    }

    public uint TokenId { get; }

    public DateTime CreatedAt { get; }

    public uint LifetimeMilliseconds { get; }

    public IChunkProtection Protection { get; }

    /// <summary>The symmetric security header: the token id, ready to copy into chunks.</summary>
    public byte[] HeaderBytes { get; }

    /// <summary>A token is honoured for 25 % beyond its lifetime, to cover a renewal in flight.</summary>
    public bool IsExpired(DateTime now) => now - CreatedAt > TimeSpan.FromMilliseconds(LifetimeMilliseconds * 1.25);

    public void Dispose() => (Protection as IDisposable)?.Dispose();
}

using Mes.OpcUa.Types;

namespace Mes.OpcUa.SecureChannel;

/// <summary>SecurityPolicy None: no signature, no encryption, no nonces.</summary>
internal sealed class NoSecurityPolicy : ISecurityPolicy, IChunkProtection
{
    public static NoSecurityPolicy Instance { get; } = new();

    public string Uri => SecurityPolicyUris.None;

    public int NonceLength => 0;

    public IChunkProtection CreateAsymmetricProtection(ChannelCertificates? certificates) => this;

    public IChunkProtection CreateSymmetricProtection(ReadOnlySpan<byte> clientNonce, ReadOnlySpan<byte> serverNonce, bool isClient, MessageSecurityMode mode) => this;

    public int MaxBodySize(int chunkSize, int headerSize) => chunkSize - headerSize;

    public int Protect(Span<byte> chunk, int securityHeaderEnd, int bodyEnd) => bodyEnd;

    public int Unprotect(Span<byte> chunk, int securityHeaderEnd) => chunk.Length;
}

using System.Buffers.Binary;
using System.Security.Cryptography;
using Mes.OpcUa.Encoding;

namespace Mes.OpcUa.SecureChannel;

/// <summary>
/// Protection of OPN chunks under an RSA policy, in Sign and SignAndEncrypt alike: the chunk is signed with the
/// sender's private key, then everything after the security header is RSA-OAEP encrypted block by block with the
/// receiver's public key. The ExtraPaddingSize byte is present when the encrypting key is longer than 2048 bits.
/// </summary>
internal sealed class AsymmetricProtection(RsaSecurityPolicy policy, ChannelCertificates certificates) : IChunkProtection
{
    private const int SequenceHeaderSize = 8;
    private const int LargeKeyBytes = 256;

    private int OwnKeyBytes => certificates.OwnKey.KeySize / 8;

    private int PeerKeyBytes => certificates.PeerKey.KeySize / 8;

    public int MaxBodySize(int chunkSize, int headerSize)
    {
        var cipherBlock = PeerKeyBytes;
        var blocks = (chunkSize - (headerSize - SequenceHeaderSize)) / cipherBlock;
        return blocks * (cipherBlock - policy.OaepOverhead) - SequenceHeaderSize - OwnKeyBytes - 1 - (cipherBlock > LargeKeyBytes ? 1 : 0);
    }

    public int Protect(Span<byte> chunk, int securityHeaderEnd, int bodyEnd)
    {
        var cipherBlock = PeerKeyBytes;
        var plainBlock = cipherBlock - policy.OaepOverhead;
        var extraByte = cipherBlock > LargeKeyBytes;
        var signatureSize = OwnKeyBytes;
        var padding = ChunkPadding.Count(bodyEnd - securityHeaderEnd + signatureSize, plainBlock, extraByte);
        var signatureAt = ChunkPadding.Write(chunk, bodyEnd, padding, extraByte);
        var plainEnd = signatureAt + signatureSize;
        var blocks = (plainEnd - securityHeaderEnd) / plainBlock;
        var length = securityHeaderEnd + blocks * cipherBlock;
        BinaryPrimitives.WriteUInt32LittleEndian(chunk[4..], (uint)length);
        certificates.OwnKey.SignData(chunk[..signatureAt], chunk[signatureAt..plainEnd], HashAlgorithmName.SHA256, policy.AsymmetricSignature);
        var plain = chunk[securityHeaderEnd..plainEnd].ToArray();
        for (var i = 0; i < blocks; i++)
            certificates.PeerKey.Encrypt(plain.AsSpan(i * plainBlock, plainBlock), chunk.Slice(securityHeaderEnd + i * cipherBlock, cipherBlock), policy.AsymmetricEncryption);
        return length;
    }

    public int Unprotect(Span<byte> chunk, int securityHeaderEnd)
    {
        var cipherBlock = OwnKeyBytes;
        var encrypted = chunk.Length - securityHeaderEnd;
        if (encrypted <= 0 || encrypted % cipherBlock != 0)
            throw new ServiceResultException(StatusCode.BadSecurityChecksFailed, $"the encrypted part of an OPN chunk is not a whole number of {cipherBlock}-byte blocks");
        var block = new byte[cipherBlock];
        var plainEnd = securityHeaderEnd;
        try
        {
            for (var offset = securityHeaderEnd; offset < chunk.Length; offset += cipherBlock)
            {
                var written = certificates.OwnKey.Decrypt(chunk.Slice(offset, cipherBlock), block, policy.AsymmetricEncryption);
                block.AsSpan(0, written).CopyTo(chunk[plainEnd..]);
                plainEnd += written;
            }
        }
        catch (CryptographicException e)
        {
            throw new ServiceResultException(StatusCode.BadSecurityChecksFailed, "an OPN chunk could not be decrypted", e);
        }
        var signatureAt = plainEnd - PeerKeyBytes;
        if (signatureAt < securityHeaderEnd + SequenceHeaderSize + 1)
            throw new ServiceResultException(StatusCode.BadSecurityChecksFailed, "an OPN chunk is too short for its signature");
        if (!certificates.PeerKey.VerifyData(chunk[..signatureAt], chunk[signatureAt..plainEnd], HashAlgorithmName.SHA256, policy.AsymmetricSignature))
            throw new ServiceResultException(StatusCode.BadSecurityChecksFailed, "the signature of an OPN chunk is invalid");
        return ChunkPadding.Strip(chunk, securityHeaderEnd + SequenceHeaderSize, signatureAt, cipherBlock > LargeKeyBytes);
    }
}

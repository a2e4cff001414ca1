using System.Buffers.Binary;
using System.Security.Cryptography;
using Mes.OpcUa.Encoding;
using Mes.OpcUa.Types;

namespace Mes.OpcUa.SecureChannel;

/// <summary>
/// Protection of MSG/CLO chunks under one token: an HMAC-SHA256 signature over header, body and padding, and in
/// SignAndEncrypt mode AES-CBC without padding mode (UA pads itself) over everything after the security header, in
/// place. Sign mode adds no padding. The AES objects are kept for the token's life so that no chunk allocates.
/// </summary>
internal sealed class SymmetricProtection : IChunkProtection, IDisposable
{
    private const int SequenceHeaderSize = 8;
    private const int SignatureSize = RsaSecurityPolicy.SymmetricSignatureSize;
    private const int BlockSize = RsaSecurityPolicy.SymmetricBlockSize;
    private readonly DerivedKeys _sending;
    private readonly DerivedKeys _receiving;
    private readonly Aes? _encryptor;
    private readonly Aes? _decryptor;

    public SymmetricProtection(MessageSecurityMode mode, DerivedKeys sending, DerivedKeys receiving)
    {
        _sending = sending;
        _receiving = receiving;
        if (mode != MessageSecurityMode.SignAndEncrypt) return;
        _encryptor = Aes.Create();
        _encryptor.Key = sending.EncryptingKey;
        _decryptor = Aes.Create();
        _decryptor.Key = receiving.EncryptingKey;
    }

    public int MaxBodySize(int chunkSize, int headerSize)
    {
        if (_encryptor is null) return chunkSize - headerSize - SignatureSize;
        var securityHeaderEnd = headerSize - SequenceHeaderSize;
        return (chunkSize - securityHeaderEnd) / BlockSize * BlockSize - SequenceHeaderSize - SignatureSize - 1;
    }

    public int Protect(Span<byte> chunk, int securityHeaderEnd, int bodyEnd)
    {
        var signatureAt = bodyEnd;
        if (_encryptor is not null)
        {
            var padding = ChunkPadding.Count(bodyEnd - securityHeaderEnd + SignatureSize, BlockSize, extraByte: false);
            signatureAt = ChunkPadding.Write(chunk, bodyEnd, padding, extraByte: false);
        }
        var length = signatureAt + SignatureSize;
        BinaryPrimitives.WriteUInt32LittleEndian(chunk[4..], (uint)length);
        HMACSHA256.HashData(_sending.SigningKey, chunk[..signatureAt], chunk[signatureAt..length]);
        if (_encryptor is not null)
        {
            var encrypted = chunk[securityHeaderEnd..length];
            _encryptor.EncryptCbc(encrypted, _sending.InitializationVector, encrypted, PaddingMode.None);
        }
        return length;
    }

    public int Unprotect(Span<byte> chunk, int securityHeaderEnd)
    {
        if (_decryptor is not null)
        {
            var encrypted = chunk[securityHeaderEnd..];
            if (encrypted.Length % BlockSize != 0)
                throw new ServiceResultException(StatusCode.BadSecurityChecksFailed, $"the encrypted part of a chunk is not a whole number of {BlockSize}-byte blocks");
            _decryptor.DecryptCbc(encrypted, _receiving.InitializationVector, encrypted, PaddingMode.None);
        }
        var signatureAt = chunk.Length - SignatureSize;
        if (signatureAt < securityHeaderEnd + SequenceHeaderSize)
            throw new ServiceResultException(StatusCode.BadSecurityChecksFailed, "a chunk is too short for its signature");
        Span<byte> expected = stackalloc byte[SignatureSize];
        HMACSHA256.HashData(_receiving.SigningKey, chunk[..signatureAt], expected);
        if (!CryptographicOperations.FixedTimeEquals(expected, chunk[signatureAt..]))
            throw new ServiceResultException(StatusCode.BadSecurityChecksFailed, "the signature of a chunk is invalid");
        return _decryptor is null ? signatureAt : ChunkPadding.Strip(chunk, securityHeaderEnd + SequenceHeaderSize, signatureAt, extraByte: false);
    }

    public void Dispose()
    {
        _encryptor?.Dispose();
        _decryptor?.Dispose();
    }
}

using System.Security.Cryptography;

namespace Mes.OpcUa.SecureChannel;

/// <summary>
/// P_SHA256, the pseudo-random function of TLS 1.2 (RFC 5246 §5) that the RSA security policies use to derive the
/// symmetric keys of a channel from the two nonces (Part 6 §6.7.5): A(0) = seed, A(i) = HMAC(secret, A(i−1)),
/// output = HMAC(secret, A(1) ‖ seed) ‖ HMAC(secret, A(2) ‖ seed) ‖ … cut to the length asked for.
/// </summary>
internal static class PSha256
{
    private const int HashSize = 32;

    public static byte[] Derive(ReadOnlySpan<byte> secret, ReadOnlySpan<byte> seed, int length)
    {
        var output = new byte[length];
        var chained = new byte[HashSize + seed.Length];
        seed.CopyTo(chained.AsSpan(HashSize));
        Span<byte> a = stackalloc byte[HashSize];
        Span<byte> next = stackalloc byte[HashSize];
        Span<byte> block = stackalloc byte[HashSize];
        HMACSHA256.HashData(secret, seed, a);
        for (var offset = 0; offset < length; offset += HashSize)
        {
            a.CopyTo(chained);
            HMACSHA256.HashData(secret, chained, block);
            block[..Math.Min(HashSize, length - offset)].CopyTo(output.AsSpan(offset));
            HMACSHA256.HashData(secret, a, next);
            next.CopyTo(a);
        }
        return output;
    }
}

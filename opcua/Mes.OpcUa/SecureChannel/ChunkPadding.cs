using Mes.OpcUa.Encoding;

namespace Mes.OpcUa.SecureChannel;

/// <summary>
/// The padding of encrypted chunks (Part 6 §6.7.2.5): a PaddingSize byte, PaddingSize bytes each equal to it, and —
/// when the key that encrypts the chunk is longer than 2048 bits — an ExtraPaddingSize byte holding the high byte of
/// the size, all before the signature. The encrypted part must fill whole cipher blocks.
/// </summary>
internal static class ChunkPadding
{
    /// <summary>Padding bytes needed so that <paramref name="plainAndSignature"/> bytes plus the size byte(s) fill whole blocks.</summary>
    public static int Count(int plainAndSignature, int blockSize, bool extraByte)
    {
        var fixedPart = plainAndSignature + 1 + (extraByte ? 1 : 0);
        return (blockSize - fixedPart % blockSize) % blockSize;
    }

    /// <summary>Writes the size byte, the padding and the extra size byte at <paramref name="at"/>; returns where the signature goes.</summary>
    public static int Write(Span<byte> chunk, int at, int count, bool extraByte)
    {
        chunk.Slice(at, count + 1).Fill((byte)count);
        at += count + 1;
        if (extraByte) chunk[at++] = (byte)(count >> 8);
        return at;
    }

    /// <summary>
    /// Checks the padding between <paramref name="bodyStart"/> and <paramref name="signatureStart"/> and returns
    /// where the body ends. Any inconsistency is BadSecurityChecksFailed, the same status as a bad signature, so
    /// that a peer cannot tell the two apart.
    /// </summary>
    public static int Strip(ReadOnlySpan<byte> chunk, int bodyStart, int signatureStart, bool extraByte)
    {
        var end = signatureStart - (extraByte ? 1 : 0);
        if (end <= bodyStart) throw Invalid();
        var low = chunk[end - 1];
        var count = low | (extraByte ? chunk[signatureStart - 1] << 8 : 0);
        var sizeAt = end - 1 - count;
        if (sizeAt < bodyStart || chunk[sizeAt..end].ContainsAnyExcept(low)) throw Invalid();
        return sizeAt;
    }

    private static ServiceResultException Invalid() => new(StatusCode.BadSecurityChecksFailed, "the chunk's padding is invalid");
}

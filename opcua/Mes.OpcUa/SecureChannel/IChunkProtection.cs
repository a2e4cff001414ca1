namespace Mes.OpcUa.SecureChannel;

/// <summary>
/// Signs/encrypts chunks on the way out and verifies/decrypts them on the way in. The chunk layout is
/// header | security header | sequence header | body | padding | signature; an implementation sizes the body room
/// (<see cref="MaxBodySize"/>) so that padding, signature and cipher expansion still fit the peer's buffer.
/// </summary>
internal interface IChunkProtection
{
    /// <summary>Bytes of body that fit in a chunk of <paramref name="chunkSize"/> bytes whose headers take <paramref name="headerSize"/>.</summary>
    int MaxBodySize(int chunkSize, int headerSize);

    /// <summary>
    /// Adds padding and signature after <paramref name="bodyEnd"/> and encrypts from <paramref name="securityHeaderEnd"/>;
    /// returns the final chunk length (which the caller writes into the message header before signing).
    /// </summary>
    int Protect(Span<byte> chunk, int securityHeaderEnd, int bodyEnd);

    /// <summary>Decrypts and verifies a received chunk in place; returns where its body ends (before padding and signature).</summary>
    int Unprotect(Span<byte> chunk, int securityHeaderEnd);
}

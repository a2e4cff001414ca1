namespace Mes.OpcUa.SecureChannel;

/// <summary>
/// The keys one side of a channel secures its messages with under one token (Part 6 §6.7.5): P_SHA256 output cut
/// into the signing key, the encrypting key and the initialization vector, in that order.
/// </summary>
internal sealed record DerivedKeys(byte[] SigningKey, byte[] EncryptingKey, byte[] InitializationVector)
{
    /// <summary>The client's keys use secret = server nonce and seed = client nonce; the server's the other way round.</summary>
    public static DerivedKeys Derive(RsaSecurityPolicy policy, ReadOnlySpan<byte> secret, ReadOnlySpan<byte> seed)
    {
        var signing = policy.SigningKeyLength;
        var encrypting = policy.EncryptingKeyLength;
        var bytes = PSha256.Derive(secret, seed, signing + encrypting + RsaSecurityPolicy.SymmetricBlockSize);
        return new DerivedKeys(bytes[..signing], bytes[signing..(signing + encrypting)], bytes[(signing + encrypting)..]);
    }
}

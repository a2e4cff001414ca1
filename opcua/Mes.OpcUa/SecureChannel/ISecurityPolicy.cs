namespace Mes.OpcUa.SecureChannel;

/// <summary>
/// A security policy (Part 7): the algorithms a channel uses. This issue ships <see cref="NoSecurityPolicy"/>;
/// Basic256Sha256 and Aes128_Sha256_RsaOaep implement the same contract with keys derived from the nonces.
/// </summary>
internal interface ISecurityPolicy
{
    /// <summary>The policy URI, e.g. <c>http://opcfoundation.org/UA/SecurityPolicy#None</c>.</summary>
    string Uri { get; }

    /// <summary>Length of the nonces exchanged in OpenSecureChannel (0 when the policy uses none).</summary>
    int NonceLength { get; }

    /// <summary>Protection for OPN chunks (asymmetric algorithms, certificates).</summary>
    IChunkProtection CreateAsymmetricProtection();

    /// <summary>Protection for MSG/CLO chunks under one token, keys derived from both nonces.</summary>
    IChunkProtection CreateSymmetricProtection(ReadOnlySpan<byte> clientNonce, ReadOnlySpan<byte> serverNonce, bool isClient);
}

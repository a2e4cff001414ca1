using Mes.OpcUa.Types;

namespace Mes.OpcUa.SecureChannel;

/// <summary>
/// A security policy (Part 7): the algorithms a channel uses. <see cref="NoSecurityPolicy"/> protects nothing;
/// <see cref="RsaSecurityPolicy"/> covers Basic256Sha256, Aes128_Sha256_RsaOaep and Aes256_Sha256_RsaPss.
/// </summary>
internal interface ISecurityPolicy
{
    /// <summary>The policy URI, e.g. <c>http://opcfoundation.org/UA/SecurityPolicy#None</c>.</summary>
    string Uri { get; }

    /// <summary>Length of the nonces exchanged in OpenSecureChannel (0 when the policy uses none).</summary>
    int NonceLength { get; }

    /// <summary>Protection for OPN chunks: signed with our key and encrypted with the peer's (null certificates for None).</summary>
    IChunkProtection CreateAsymmetricProtection(ChannelCertificates? certificates);

    /// <summary>Protection for MSG/CLO chunks under one token, keys derived from both nonces.</summary>
    IChunkProtection CreateSymmetricProtection(ReadOnlySpan<byte> clientNonce, ReadOnlySpan<byte> serverNonce, bool isClient, MessageSecurityMode mode);

    /// <summary>The policy with this URI, or null when the stack does not implement it.</summary>
    static ISecurityPolicy? Find(string? uri) => uri switch
    {
        SecurityPolicyUris.None => NoSecurityPolicy.Instance,
        SecurityPolicyUris.Basic256Sha256 => RsaSecurityPolicy.Basic256Sha256,
        SecurityPolicyUris.Aes128Sha256RsaOaep => RsaSecurityPolicy.Aes128Sha256RsaOaep,
        SecurityPolicyUris.Aes256Sha256RsaPss => RsaSecurityPolicy.Aes256Sha256RsaPss,
        _ => null,
    };
}

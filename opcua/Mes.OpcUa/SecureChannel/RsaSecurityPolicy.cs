using System.Security.Cryptography;
using Mes.OpcUa.Types;

namespace Mes.OpcUa.SecureChannel;

/// <summary>
/// The RSA security policies (Part 7): asymmetric RSA-OAEP encryption and RSA signatures with SHA-256 for
/// OpenSecureChannel and session signatures, P_SHA256 key derivation, HMAC-SHA256 and AES-CBC for messages.
/// They differ only in the AES key length and the RSA paddings.
/// </summary>
internal sealed class RsaSecurityPolicy : ISecurityPolicy
{
    /// <summary>AES block size, also the length of the initialization vector.</summary>
    public const int SymmetricBlockSize = 16;

    /// <summary>HMAC-SHA256 signature length.</summary>
    public const int SymmetricSignatureSize = 32;

    /// <summary>The asymmetric signature algorithm URI of RSA PKCS#1 v1.5 with SHA-256.</summary>
    public const string RsaSha256 = "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256";

    /// <summary>The asymmetric signature algorithm URI of RSA-PSS with SHA-256.</summary>
    public const string RsaPssSha256 = "http://opcfoundation.org/UA/security/rsa-pss-sha2-256";

    private RsaSecurityPolicy(string uri, int encryptingKeyLength, RSAEncryptionPadding encryption, int oaepOverhead,
        RSASignaturePadding signature, string signatureAlgorithm)
    {
        Uri = uri;
        EncryptingKeyLength = encryptingKeyLength;
        AsymmetricEncryption = encryption;
        OaepOverhead = oaepOverhead;
        AsymmetricSignature = signature;
        AsymmetricSignatureAlgorithm = signatureAlgorithm;
    }

    /// <summary>AES-256, RSA-OAEP with SHA-1, RSA PKCS#1 v1.5 signatures.</summary>
    public static RsaSecurityPolicy Basic256Sha256 { get; } =
        new(SecurityPolicyUris.Basic256Sha256, 32, RSAEncryptionPadding.OaepSHA1, 42, RSASignaturePadding.Pkcs1, RsaSha256);

    /// <summary>AES-128, RSA-OAEP with SHA-1, RSA PKCS#1 v1.5 signatures.</summary>
    public static RsaSecurityPolicy Aes128Sha256RsaOaep { get; } =
        new(SecurityPolicyUris.Aes128Sha256RsaOaep, 16, RSAEncryptionPadding.OaepSHA1, 42, RSASignaturePadding.Pkcs1, RsaSha256);

    /// <summary>AES-256, RSA-OAEP with SHA-256, RSA-PSS signatures.</summary>
    public static RsaSecurityPolicy Aes256Sha256RsaPss { get; } =
        new(SecurityPolicyUris.Aes256Sha256RsaPss, 32, RSAEncryptionPadding.OaepSHA256, 66, RSASignaturePadding.Pss, RsaPssSha256);

    public string Uri { get; }

    public int NonceLength => 32;

    /// <summary>Length of the derived HMAC key.</summary>
    public int SigningKeyLength => 32;

    /// <summary>Length of the derived AES key.</summary>
    public int EncryptingKeyLength { get; }

    public RSAEncryptionPadding AsymmetricEncryption { get; }

    /// <summary>Bytes RSA-OAEP takes from each block: 2 × hash length + 2.</summary>
    public int OaepOverhead { get; }

    public RSASignaturePadding AsymmetricSignature { get; }

    public string AsymmetricSignatureAlgorithm { get; }

    /// <summary>The shortest RSA key the policy accepts.</summary>
    public int MinimumKeySize => 2048;

    /// <summary>The longest RSA key the policy accepts.</summary>
    public int MaximumKeySize => 4096;

    public IChunkProtection CreateAsymmetricProtection(ChannelCertificates? certificates) =>
        new AsymmetricProtection(this, certificates ?? throw new InvalidOperationException($"{Uri} needs the certificates of both ends"));

    public IChunkProtection CreateSymmetricProtection(ReadOnlySpan<byte> clientNonce, ReadOnlySpan<byte> serverNonce, bool isClient, MessageSecurityMode mode)
    {
        var clientKeys = DerivedKeys.Derive(this, serverNonce, clientNonce);
        var serverKeys = DerivedKeys.Derive(this, clientNonce, serverNonce);
        return isClient
            ? new SymmetricProtection(mode, clientKeys, serverKeys)
            : new SymmetricProtection(mode, serverKeys, clientKeys);
    }

    /// <summary>Signs <paramref name="data"/> with the policy's asymmetric signature (session and user token signatures).</summary>
    public byte[] Sign(RSA key, ReadOnlySpan<byte> data)
    {
        var signature = new byte[key.KeySize / 8];
        key.SignData(data, signature, HashAlgorithmName.SHA256, AsymmetricSignature);
        return signature;
    }

    /// <summary>Checks an asymmetric signature made by <see cref="Sign"/>.</summary>
    public bool Verify(RSA key, ReadOnlySpan<byte> data, ReadOnlySpan<byte> signature) =>
        key.VerifyData(data, signature, HashAlgorithmName.SHA256, AsymmetricSignature);
}

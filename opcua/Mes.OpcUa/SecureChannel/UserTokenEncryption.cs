using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Mes.OpcUa.Encoding;

namespace Mes.OpcUa.SecureChannel;

/// <summary>
/// Encrypts a user password for an identity token with the server certificate (Part 4 §7.41.2.3): the plaintext is
/// UInt32 length ‖ UTF-8 password ‖ server nonce, encrypted with RSA-OAEP in blocks of key size − padding overhead.
/// </summary>
internal static class UserTokenEncryption
{
    public const string RsaOaep = "http://www.w3.org/2001/04/xmlenc#rsa-oaep";
    public const string RsaOaepSha256 = "http://opcfoundation.org/UA/security/rsa-oaep-sha2-256";

    /// <summary>True when the token policy asks for the secret to be encrypted.</summary>
    public static bool IsRequired(string? policyUri) => !string.IsNullOrEmpty(policyUri) && policyUri != SecurityPolicyUris.None;

    private static (string Algorithm, RSAEncryptionPadding Padding) AlgorithmOf(string policyUri) => policyUri switch
    {
        SecurityPolicyUris.Aes256Sha256RsaPss => (RsaOaepSha256, RSAEncryptionPadding.OaepSHA256),
        SecurityPolicyUris.Basic256Sha256 or SecurityPolicyUris.Aes128Sha256RsaOaep => (RsaOaep, RSAEncryptionPadding.OaepSHA1),
        _ => throw new ServiceResultException(StatusCode.BadSecurityPolicyRejected, $"user token security policy '{policyUri}' is not supported"),
    };

    public static (byte[] Secret, string Algorithm) Encrypt(string password, ReadOnlySpan<byte> serverNonce, byte[] serverCertificate, string policyUri)
    {
        var (algorithm, padding) = AlgorithmOf(policyUri);
        using var certificate = X509CertificateLoader.LoadCertificate(serverCertificate);
        using var rsa = certificate.GetRSAPublicKey()
            ?? throw new ServiceResultException(StatusCode.BadCertificateInvalid, "the server certificate has no RSA key");
        var passwordBytes = System.Text.Encoding.UTF8.GetBytes(password);
        var plain = new byte[4 + passwordBytes.Length + serverNonce.Length];
        BinaryPrimitives.WriteUInt32LittleEndian(plain, (uint)(passwordBytes.Length + serverNonce.Length));
        passwordBytes.CopyTo(plain, 4);
        serverNonce.CopyTo(plain.AsSpan(4 + passwordBytes.Length));
        var keyBytes = rsa.KeySize / 8;
        var block = keyBytes - (padding == RSAEncryptionPadding.OaepSHA256 ? 66 : 42);
        using var output = new MemoryStream();
        for (var offset = 0; offset < plain.Length; offset += block)
            output.Write(rsa.Encrypt(plain.AsSpan(offset, Math.Min(block, plain.Length - offset)).ToArray(), padding));
        return (output.ToArray(), algorithm);
    }

    /// <summary>Decrypts a secret with the server's private key and checks that it ends with the nonce the server issued.</summary>
    public static string Decrypt(byte[] secret, string? algorithm, ReadOnlySpan<byte> serverNonce, RSA privateKey)
    {
        var padding = algorithm switch
        {
            RsaOaep => RSAEncryptionPadding.OaepSHA1,
            RsaOaepSha256 => RSAEncryptionPadding.OaepSHA256,
            _ => throw new ServiceResultException(StatusCode.BadIdentityTokenInvalid, $"encryption algorithm '{algorithm}' is not supported"),
        };
        var keyBytes = privateKey.KeySize / 8;
        if (secret.Length == 0 || secret.Length % keyBytes != 0)
            throw new ServiceResultException(StatusCode.BadIdentityTokenInvalid, "the encrypted password is not a whole number of RSA blocks");
        using var plain = new MemoryStream();
        try
        {
            for (var offset = 0; offset < secret.Length; offset += keyBytes)
                plain.Write(privateKey.Decrypt(secret.AsSpan(offset, keyBytes).ToArray(), padding));
        }
        catch (CryptographicException e)
        {
            throw new ServiceResultException(StatusCode.BadIdentityTokenInvalid, "the password could not be decrypted", e);
        }
        var bytes = plain.ToArray();
        if (bytes.Length < 4) throw new ServiceResultException(StatusCode.BadIdentityTokenInvalid, "the decrypted password is too short");
        var length = BinaryPrimitives.ReadUInt32LittleEndian(bytes);
        if (length != bytes.Length - 4 || length < serverNonce.Length)
            throw new ServiceResultException(StatusCode.BadIdentityTokenInvalid, "the decrypted password has a wrong length");
        var passwordLength = (int)length - serverNonce.Length;
        if (!bytes.AsSpan(4 + passwordLength).SequenceEqual(serverNonce))
            throw new ServiceResultException(StatusCode.BadIdentityTokenInvalid, "the password was not encrypted with this session's nonce");
        return System.Text.Encoding.UTF8.GetString(bytes, 4, passwordLength);
    }
}

using System.Security.Cryptography.X509Certificates;
using Mes.OpcUa.Encoding;
using Mes.OpcUa.SecureChannel;
using Mes.OpcUa.Types;

namespace Mes.OpcUa.Client;

/// <summary>
/// Builds the identity token of ActivateSession for the chosen endpoint. The policy id comes from the endpoint's
/// token policies, never a constant (servers name them per endpoint); secrets are protected with the token policy's
/// security policy, or the channel's when it names none.
/// </summary>
internal static class IdentityTokens
{
    public static (ExtensionObject Token, SignatureData Signature) Create(UserIdentity identity, EndpointDescription endpoint, byte[] serverNonce, byte[]? serverCertificate)
    {
        var policies = endpoint.UserIdentityTokens ?? [];
        switch (identity)
        {
            case UserNameIdentity user:
            {
                var policy = Find(policies, UserTokenType.UserName, "user name");
                var policyUri = SecretPolicy(policy, endpoint);
                if (!UserTokenEncryption.IsRequired(policyUri))
                    return (new ExtensionObject(new UserNameIdentityToken { PolicyId = policy.PolicyId, UserName = user.User, Password = System.Text.Encoding.UTF8.GetBytes(user.Password) }), new SignatureData());
                var (secret, algorithm) = UserTokenEncryption.Encrypt(user.Password, serverNonce, RequireCertificate(serverCertificate), policyUri);
                return (new ExtensionObject(new UserNameIdentityToken { PolicyId = policy.PolicyId, UserName = user.User, Password = secret, EncryptionAlgorithm = algorithm }), new SignatureData());
            }
            case X509Identity x509:
            {
                var policy = Find(policies, UserTokenType.Certificate, "X509 certificate");
                var signing = ISecurityPolicy.Find(SecretPolicy(policy, endpoint)) as RsaSecurityPolicy ?? RsaSecurityPolicy.Basic256Sha256;
                using var key = x509.UserCertificate.GetRSAPrivateKey()
                    ?? throw new ServiceResultException(StatusCode.BadIdentityTokenInvalid, "the user certificate has no RSA private key");
                var signature = signing.Sign(key, [.. RequireCertificate(serverCertificate), .. serverNonce]);
                return (new ExtensionObject(new X509IdentityToken { PolicyId = policy.PolicyId, CertificateData = x509.UserCertificate.RawData }),
                    new SignatureData { Algorithm = signing.AsymmetricSignatureAlgorithm, Signature = signature });
            }
            default:
            {
                var policy = Find(policies, UserTokenType.Anonymous, "anonymous");
                return (new ExtensionObject(new AnonymousIdentityToken { PolicyId = policy.PolicyId }), new SignatureData());
            }
        }
    }

    private static UserTokenPolicy Find(UserTokenPolicy[] policies, UserTokenType type, string what) =>
        policies.FirstOrDefault(p => p.TokenType == type)
            ?? throw new ServiceResultException(StatusCode.BadIdentityTokenRejected, $"the endpoint accepts no {what} tokens");

    private static string SecretPolicy(UserTokenPolicy policy, EndpointDescription endpoint) =>
        string.IsNullOrEmpty(policy.SecurityPolicyUri) ? endpoint.SecurityPolicyUri ?? SecurityPolicyUris.None : policy.SecurityPolicyUri;

    private static byte[] RequireCertificate(byte[]? serverCertificate) =>
        serverCertificate is { Length: > 0 }
            ? serverCertificate
            : throw new ServiceResultException(StatusCode.BadCertificateInvalid, "the server sent no certificate to protect the identity token with");
}

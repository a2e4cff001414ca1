using System.Security.Cryptography.X509Certificates;
using System.Security.Cryptography;
using Mes.OpcUa.Encoding;
using Mes.OpcUa.SecureChannel;
using Mes.OpcUa.Security;
using Mes.OpcUa.Server.Sessions;
using Mes.OpcUa.Types;

namespace Mes.OpcUa.Services;

/// <summary>
/// CreateSession, ActivateSession and CloseSession (Part 4 §5.6). On a secure channel the client proves it holds the
/// channel's certificate: the server signs the client's certificate and nonce, the client signs the server's
/// certificate and the latest server nonce. Identities: anonymous, user name (password RSA-OAEP encrypted with the
/// server certificate) and X509 (a signature made with the user's key).
/// </summary>
internal sealed class SessionServices(ServerContext state)
{
    public CreateSessionResponse CreateSession(RequestContext context, CreateSessionRequest request)
    {
        var options = state.Options;
        var serverSignature = new SignatureData();
        if (context.Security is { IsSecure: true, Policy: RsaSecurityPolicy policy } security)
        {
            if (request.ClientNonce is not { Length: >= 32 } clientNonce)
                throw new ServiceResultException(StatusCode.BadNonceInvalid, "a secure session needs a client nonce of at least 32 bytes");
            if (request.ClientCertificate is not { Length: > 0 } clientCertificate || !SameCertificate(clientCertificate, security.ClientCertificate))
                throw new ServiceResultException(StatusCode.BadSecurityChecksFailed, "the session's client certificate is not the one the secure channel was opened with");
            using (var leaf = CertificateChain.LoadLeaf(clientCertificate))
            {
                var uri = CertificateIdentity.ApplicationUri(leaf);
                if (uri != request.ClientDescription.ApplicationUri)
                    throw new ServiceResultException(StatusCode.BadCertificateUriInvalid,
                        $"the client certificate names application '{uri}', the request '{request.ClientDescription.ApplicationUri}'");
            }
            serverSignature = new SignatureData
            {
                Algorithm = policy.AsymmetricSignatureAlgorithm,
                Signature = policy.Sign(state.PrivateKey, [.. clientCertificate, .. clientNonce]),
            };
        }
        var requested = double.IsNaN(request.RequestedSessionTimeout) ? 0 : request.RequestedSessionTimeout;
        var timeout = TimeSpan.FromMilliseconds(Math.Clamp(requested, options.MinimumSessionTimeout.TotalMilliseconds, options.MaximumSessionTimeout.TotalMilliseconds));
        var session = state.Sessions.Create(request.SessionName, timeout, context.ChannelId);
        session.ClientCertificate = context.Security.IsSecure ? request.ClientCertificate : null;
        return new CreateSessionResponse
        {
            ResponseHeader = state.Header(request.RequestHeader),
            SessionId = session.Id,
            AuthenticationToken = session.AuthenticationToken,
            RevisedSessionTimeout = timeout.TotalMilliseconds,
            ServerNonce = session.ServerNonce,
            ServerCertificate = state.CertificateDer,
            ServerEndpoints = state.Endpoints(),
            ServerSoftwareCertificates = [],
            ServerSignature = serverSignature,
            MaxRequestMessageSize = (uint)options.EncodingLimits.MaxMessageSize,
        };
    }

    public ActivateSessionResponse ActivateSession(RequestContext context, ActivateSessionRequest request)
    {
        var session = context.RequiredSession;
        CheckClientSignature(context.Security, session, request.ClientSignature);
        var user = Authenticate(request.UserIdentityToken, request.UserTokenSignature, session.ServerNonce);
        session.UserName = user;
        session.IsActivated = true;
        session.MoveTo(context.ChannelId, context.Sink);
        session.ServerNonce = RandomNumberGenerator.GetBytes(32);
        return new ActivateSessionResponse
        {
            ResponseHeader = state.Header(request.RequestHeader),
            ServerNonce = session.ServerNonce,
            Results = [],
            DiagnosticInfos = [],
        };
    }

    /// <summary>
    /// A session created on a secure channel may be activated (again, e.g. after a reconnect) only on a channel opened
    /// with the same client certificate, and with a signature over our certificate and the nonce we issued last.
    /// </summary>
    private void CheckClientSignature(ChannelSecurity security, Session session, SignatureData signature)
    {
        if (session.ClientCertificate is null) return;
        if (!security.IsSecure || security.Policy is not RsaSecurityPolicy policy || !SameCertificate(session.ClientCertificate, security.ClientCertificate))
            throw new ServiceResultException(StatusCode.BadSecurityChecksFailed, "the session must be activated on a channel secured with its own client certificate");
        using var leaf = CertificateChain.LoadLeaf(session.ClientCertificate);
        using var key = leaf.GetRSAPublicKey();
        if (key is null || signature.Algorithm != policy.AsymmetricSignatureAlgorithm || signature.Signature is null ||
            !policy.Verify(key, [.. state.CertificateDer, .. session.ServerNonce], signature.Signature))
            throw new ServiceResultException(StatusCode.BadApplicationSignatureInvalid, "the client signature does not verify");
    }

    private static bool SameCertificate(byte[] a, byte[]? b) =>
        b is not null && CertificateChain.Thumbprint(a).AsSpan().SequenceEqual(CertificateChain.Thumbprint(b));

    private string? Authenticate(ExtensionObject token, SignatureData tokenSignature, byte[] serverNonce)
    {
        switch (token.Body)
        {
            case null:
            case AnonymousIdentityToken:
                if (!state.Options.AllowAnonymous)
                    throw new ServiceResultException(StatusCode.BadIdentityTokenRejected, "anonymous sessions are not allowed");
                return null;
            case UserNameIdentityToken user:
            {
                var validator = state.Options.UserValidator
                    ?? throw new ServiceResultException(StatusCode.BadIdentityTokenRejected, "user name tokens are not accepted");
                RequirePolicy(user.PolicyId, UserTokenType.UserName);
                if (string.IsNullOrEmpty(user.EncryptionAlgorithm))
                    throw new ServiceResultException(StatusCode.BadIdentityTokenInvalid, "the password must be encrypted with the server certificate");
                var password = UserTokenEncryption.Decrypt(user.Password ?? [], user.EncryptionAlgorithm, serverNonce, state.PrivateKey);
                if (string.IsNullOrEmpty(user.UserName) || !validator(user.UserName, password))
                    throw new ServiceResultException(StatusCode.BadUserAccessDenied, $"user '{user.UserName}' was refused");
                return user.UserName;
            }
            case X509IdentityToken x509:
            {
                var trustList = state.Options.UserPki
                    ?? throw new ServiceResultException(StatusCode.BadIdentityTokenRejected, "X509 user tokens are not accepted");
                var policy = ISecurityPolicy.Find(RequirePolicy(x509.PolicyId, UserTokenType.Certificate).SecurityPolicyUri) as RsaSecurityPolicy
                    ?? throw new ServiceResultException(StatusCode.BadIdentityTokenInvalid, "the X509 token policy names no signature algorithm");
                using var certificate = ValidateUser(trustList, x509.CertificateData);
                using var key = certificate.GetRSAPublicKey();
                if (key is null || tokenSignature.Algorithm != policy.AsymmetricSignatureAlgorithm || tokenSignature.Signature is null ||
                    !policy.Verify(key, [.. state.CertificateDer, .. serverNonce], tokenSignature.Signature))
                    throw new ServiceResultException(StatusCode.BadUserSignatureInvalid, "the user token signature does not verify");
                return certificate.Subject;
            }
            default:
                throw new ServiceResultException(StatusCode.BadIdentityTokenInvalid, $"identity token {token.TypeId} is not supported");
        }
    }

    private UserTokenPolicy RequirePolicy(string? policyId, UserTokenType type) =>
        state.FindTokenPolicy(policyId) is { } policy && policy.TokenType == type
            ? policy
            : throw new ServiceResultException(StatusCode.BadIdentityTokenInvalid, $"user token policy '{policyId}' is unknown");

    private static X509Certificate2 ValidateUser(PkiStore trustList, byte[]? certificate)
    {
        try
        {
            return trustList.Validate(certificate ?? [], CertificateUse.User);
        }
        catch (ServiceResultException e)
        {
            throw new ServiceResultException(StatusCode.BadIdentityTokenRejected, $"the user certificate was refused: {e.Message}", e);
        }
    }

    public CloseSessionResponse CloseSession(RequestContext context, CloseSessionRequest request)
    {
        state.Sessions.Remove(context.RequiredSession);
        return new CloseSessionResponse { ResponseHeader = state.Header(request.RequestHeader) };
    }
}

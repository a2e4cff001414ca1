using System.Security.Cryptography;
using Mes.OpcUa.Encoding;
using Mes.OpcUa.SecureChannel;
using Mes.OpcUa.Types;

namespace Mes.OpcUa.Services;

/// <summary>CreateSession, ActivateSession (anonymous and user name, the password RSA-OAEP encrypted) and CloseSession.</summary>
internal sealed class SessionServices(ServerContext state)
{
    public CreateSessionResponse CreateSession(RequestContext context, CreateSessionRequest request)
    {
        var options = state.Options;
        var requested = double.IsNaN(request.RequestedSessionTimeout) ? 0 : request.RequestedSessionTimeout;
        var timeout = TimeSpan.FromMilliseconds(Math.Clamp(requested, options.MinimumSessionTimeout.TotalMilliseconds, options.MaximumSessionTimeout.TotalMilliseconds));
        var session = state.Sessions.Create(request.SessionName, timeout, context.ChannelId);
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
            ServerSignature = new SignatureData(),
            MaxRequestMessageSize = (uint)options.EncodingLimits.MaxMessageSize,
        };
    }

    public ActivateSessionResponse ActivateSession(RequestContext context, ActivateSessionRequest request)
    {
        var session = context.RequiredSession;
        var user = Authenticate(request.UserIdentityToken, session.ServerNonce);
        session.UserName = user;
        session.IsActivated = true;
        session.ChannelId = context.ChannelId;
        session.ServerNonce = RandomNumberGenerator.GetBytes(32);
        return new ActivateSessionResponse
        {
            ResponseHeader = state.Header(request.RequestHeader),
            ServerNonce = session.ServerNonce,
            Results = [],
            DiagnosticInfos = [],
        };
    }

    private string? Authenticate(ExtensionObject token, byte[] serverNonce)
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
                if (user.PolicyId != ServerContext.UserNamePolicyId)
                    throw new ServiceResultException(StatusCode.BadIdentityTokenInvalid, $"user token policy '{user.PolicyId}' is unknown");
                if (string.IsNullOrEmpty(user.EncryptionAlgorithm))
                    throw new ServiceResultException(StatusCode.BadIdentityTokenInvalid, "the password must be encrypted with the server certificate");
                var password = UserTokenEncryption.Decrypt(user.Password ?? [], user.EncryptionAlgorithm, serverNonce, state.PrivateKey);
                if (string.IsNullOrEmpty(user.UserName) || !validator(user.UserName, password))
                    throw new ServiceResultException(StatusCode.BadUserAccessDenied, $"user '{user.UserName}' was refused");
                return user.UserName;
            }
            default:
                throw new ServiceResultException(StatusCode.BadIdentityTokenInvalid, $"identity token {token.TypeId} is not supported");
        }
    }

    public CloseSessionResponse CloseSession(RequestContext context, CloseSessionRequest request)
    {
        state.Sessions.Remove(context.RequiredSession);
        return new CloseSessionResponse { ResponseHeader = state.Header(request.RequestHeader) };
    }
}

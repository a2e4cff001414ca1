using Google.Protobuf;
using Google.Protobuf.Reflection;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Mes.Gateway.Services;
using Microsoft.AspNetCore.Authentication;
using Microsoft.IdentityModel.Tokens;

namespace Mes.Gateway.Auth;

/// <summary>
/// Authorizes every gRPC call, and so every JSON call (transcoding runs the same interceptors),
/// against the declaration on the method that serves it (<see cref="AllowedRolesAttribute"/>,
/// <c>[AllowAnonymous]</c>), then checks a bound caller's workstation against the request. Refusals
/// are rich gRPC errors (ErrorInfo with a reason from <see cref="AuthReasons"/>), in JSON too.
/// </summary>
public sealed class CallAuthorization : Interceptor
{
    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        await Authorize(context, request);
        return await continuation(request, context);
    }

    public override async Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        await Authorize(context, request);
        await continuation(request, responseStream, context);
    }

    // Streamed requests arrive after the call is authorized, so only roles are checked here: a
    // streaming method that names a workstation checks the binding itself per message.
    public override async Task<TResponse> ClientStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, ServerCallContext context, ClientStreamingServerMethod<TRequest, TResponse> continuation)
    {
        await Authorize(context, request: null);
        return await continuation(requestStream, context);
    }

    public override async Task DuplexStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, DuplexStreamingServerMethod<TRequest, TResponse> continuation)
    {
        await Authorize(context, request: null);
        await continuation(requestStream, responseStream, context);
    }

    private static async Task Authorize(ServerCallContext context, object? request)
    {
        var http = context.GetHttpContext();
        var endpoint = http.GetEndpoint();
        var declaration = endpoint is null ? null : CallDeclaration.Of(endpoint);
        if (declaration is null)
        {
            throw ApiErrors.PermissionDenied(AuthReasons.NotDeclared, $"{context.Method} declares no roles, so nobody may call it",
                new Dictionary<string, string> { ["method"] = context.Method });
        }
        if (declaration.Anonymous)
        {
            return;
        }
        var caller = Caller.Of(http.User);
        if (caller is null)
        {
            // The authentication middleware keeps only successes; asking again returns the same
            // (cached) result, now with the reason a credential was refused.
            var result = await http.AuthenticateAsync();
            throw result.None || result.Failure is null
                ? ApiErrors.Unauthenticated(AuthReasons.CredentialsMissing,
                    $"{context.Method} needs credentials: a bearer token, an {Schemes.ApiKeyHeader} or an {Schemes.TerminalKeyHeader} header")
                : ApiErrors.Unauthenticated(AuthReasons.CredentialsRejected, Describe(result.Failure));
        }
        if (!declaration.Roles.Any(caller.Roles.Contains))
        {
            throw ApiErrors.PermissionDenied(AuthReasons.RoleNotAllowed,
                $"{context.Method} is for {string.Join(", ", declaration.Roles)}; the caller has {(caller.Roles.Count == 0 ? "no role" : string.Join(", ", caller.Roles.Order(StringComparer.Ordinal)))}",
                new Dictionary<string, string>
                {
                    ["method"] = context.Method,
                    ["allowed_roles"] = string.Join(",", declaration.Roles),
                    ["caller_roles"] = string.Join(",", caller.Roles.Order(StringComparer.Ordinal)),
                });
        }
        if (caller.Workstation is { } bound
            && request is IMessage message
            && message.Descriptor.FindFieldByName(declaration.WorkstationField) is { FieldType: FieldType.String, IsRepeated: false } field
            && field.Accessor.GetValue(message) is string { Length: > 0 } named
            && !string.Equals(named, bound, StringComparison.Ordinal))
        {
            throw ApiErrors.PermissionDenied(AuthReasons.WorkstationMismatch,
                $"this caller is bound to workstation '{bound}' and cannot act on '{named}'",
                new Dictionary<string, string>
                {
                    ["field"] = declaration.WorkstationField,
                    ["bound_workstation"] = bound,
                    ["requested_workstation"] = named,
                });
        }
    }

    // Messages of token libraries can carry parts of the token; say what happened in our own
    // words. AuthenticationFailureException carries the gateway's own messages.
    private static string Describe(Exception failure) => failure switch
    {
        AuthenticationFailureException => failure.Message,
        SecurityTokenExpiredException => "the token has expired",
        SecurityTokenNotYetValidException => "the token is not valid yet",
        SecurityTokenSignatureKeyNotFoundException or SecurityTokenInvalidSignatureException => "the token's signature does not verify",
        SecurityTokenInvalidIssuerException => "the token's issuer is not accepted",
        SecurityTokenInvalidAudienceException => "the token is meant for another audience",
        _ => "the token is not valid",
    };
}

using System.Collections.Immutable;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Mes.Contracts.Identity;
using Mes.Contracts.Production;
using Mes.Contracts.Production.Workstations;
using Mes.Gateway.Api.V1;
using Mes.Gateway.Auth;
using Microsoft.AspNetCore.Authorization;

namespace Mes.Gateway.Services;

/// <summary>
/// mes.v1.Auth: log-in, badge log-in, and the administration of accounts, API keys and terminals.
/// Secrets are hashed here and never leave the gateway in clear; nothing logged names one.
/// </summary>
public sealed partial class AuthService(IClusterClient cluster, TokenIssuer tokens, IBadgeDirectory badges, ILogger<AuthService> logger) : Api.V1.Auth.AuthBase
{
    [AllowAnonymous]
    public override async Task<Token> Login(LoginRequest request, ServerCallContext context)
    {
        Require(request.Username, "username");
        Require(request.Password, "password");
        var account = IdentityKeys.IsValidUsername(request.Username)
            ? await cluster.GetGrain<IUserAccountGrain>(IdentityKeys.User(request.Username)).Get()
            : null;
        // Verified even when there is no account, so that the answer takes as long either way.
        var verified = PasswordHash.Verify(account?.PasswordHash, request.Password);
        if (account is null || !verified || !account.IsActive)
        {
            // A username that matches no account is left out of the log: people type passwords there.
            if (account is null)
            {
                LogLoginRefusedUnknown();
            }
            else
            {
                LogLoginRefused(account.Username);
            }
            throw ApiErrors.Unauthenticated(AuthReasons.LoginFailed, "unknown account, disabled account or wrong password");
        }
        var roles = account.Roles.Where(r => r != Role.Operator).ToList();
        if (roles.Count == 0)
        {
            throw ApiErrors.PermissionDenied(AuthReasons.OperatorBadgeLoginOnly, "operators log in by badge at their workstation's terminal",
                new Dictionary<string, string> { ["username"] = account.Username });
        }
        LogLoggedIn(account.Username, string.Join(",", roles));
        return ToMessage(tokens.ForAccount(account.Username, account.DisplayName, roles));
    }

    [AllowedRoles(Role.Terminal)]
    public override async Task<Token> BadgeLogin(BadgeLoginRequest request, ServerCallContext context)
    {
        Require(request.Badge, "badge");
        var terminal = Caller.Of(context.GetHttpContext().User)!;
        var holder = await badges.FindOperator(request.Badge.Trim(), context.CancellationToken);
        if (holder is null)
        {
            LogBadgeRefused(terminal.Subject);
            throw ApiErrors.Unauthenticated(AuthReasons.BadgeNotRecognised, "the badge belongs to no active operator");
        }
        var terminalId = IdentityKeys.IdOf(terminal.Subject, IdentityKeys.TerminalPrefix);
        LogBadgeLogin(holder.OperatorId, terminal.Workstation!, terminalId);
        return ToMessage(tokens.ForOperator(holder, terminalId, terminal.Workstation!));
    }

    [AllowedRoles(Role.Operator, Role.Supervisor, Role.Manager, Role.Customs, Role.Integration, Role.Admin, Role.Terminal)]
    public override Task<Identity> WhoAmI(WhoAmIRequest request, ServerCallContext context)
    {
        var caller = Caller.Of(context.GetHttpContext().User)!;
        var message = new Identity
        {
            Subject = caller.Subject,
            DisplayName = caller.DisplayName,
            Roles = { caller.Roles.Order(StringComparer.Ordinal) },
            WorkstationId = caller.Workstation ?? "",
            AuthenticationMethod = caller.Method,
        };
        if (caller.ExpiresAt is { } expires)
        {
            message.ExpiresAt = Timestamp.FromDateTimeOffset(expires);
        }
        return Task.FromResult(message);
    }

    [AllowedRoles(Role.Admin)]
    public override async Task<User> CreateUser(CreateUserRequest request, ServerCallContext context)
    {
        var username = RequireUsername(request.Username);
        var roles = RequireRoles(request.Roles, "roles", Role.Assignable);
        var badge = string.IsNullOrWhiteSpace(request.Badge) ? null : request.Badge.Trim();
        if (badge is not null && !IdentityKeys.IsValidBadge(badge))
        {
            throw ApiErrors.InvalidArgument("badge", "must be 1 to 64 letters, digits or dashes");
        }
        if (badge is not null && !roles.Contains(Role.Operator))
        {
            throw ApiErrors.InvalidArgument("badge", "only operators log in by badge: give the operator role as well");
        }
        if (request.Password.Length == 0 && badge is null)
        {
            throw ApiErrors.InvalidArgument("password", "is required unless the account is a badge-only operator");
        }
        var hash = request.Password.Length == 0 ? null : PasswordHash.Create(RequirePassword(request.Password, "password"));
        var displayName = string.IsNullOrWhiteSpace(request.DisplayName) ? username : request.DisplayName.Trim();
        var grain = cluster.GetGrain<IUserAccountGrain>(IdentityKeys.User(username));
        switch (await grain.Create(new NewUserAccount(displayName, roles, hash, badge)))
        {
            case UserCreation.UsernameTaken:
                throw ApiErrors.AlreadyExists("user", username, $"an account named '{username}' exists already");
            case UserCreation.BadgeTaken:
                throw ApiErrors.AlreadyExists("badge", username, "the badge belongs to another account");
        }
        LogUserCreated(username, string.Join(",", roles), Actor(context));
        return ToMessage((await grain.Get())!);
    }

    [AllowedRoles(Role.Admin)]
    public override async Task<User> SetUserRoles(SetUserRolesRequest request, ServerCallContext context)
    {
        var username = RequireUsername(request.Username);
        var roles = RequireRoles(request.Roles, "roles", Role.Assignable);
        if (username == Actor(context) && !roles.Contains(Role.Admin))
        {
            throw ApiErrors.FailedPrecondition(AuthReasons.SelfLockout, username, "an administrator cannot take the admin role from their own account");
        }
        var account = await cluster.GetGrain<IUserAccountGrain>(IdentityKeys.User(username)).SetRoles(roles)
            ?? throw ApiErrors.NotFound("user", username);
        LogRolesSet(username, string.Join(",", roles), Actor(context));
        return ToMessage(account);
    }

    [AllowedRoles(Role.Admin)]
    public override async Task<User> ResetPassword(ResetPasswordRequest request, ServerCallContext context)
    {
        var username = RequireUsername(request.Username);
        var hash = PasswordHash.Create(RequirePassword(request.NewPassword, "new_password"));
        var account = await cluster.GetGrain<IUserAccountGrain>(IdentityKeys.User(username)).SetPasswordHash(hash)
            ?? throw ApiErrors.NotFound("user", username);
        LogPasswordReset(username, Actor(context));
        return ToMessage(account);
    }

    [AllowedRoles(Role.Admin)]
    public override async Task<User> DisableUser(DisableUserRequest request, ServerCallContext context)
    {
        var username = RequireUsername(request.Username);
        if (username == Actor(context))
        {
            throw ApiErrors.FailedPrecondition(AuthReasons.SelfLockout, username, "an administrator cannot disable their own account");
        }
        var account = await cluster.GetGrain<IUserAccountGrain>(IdentityKeys.User(username)).Disable()
            ?? throw ApiErrors.NotFound("user", username);
        LogUserDisabled(username, Actor(context));
        return ToMessage(account);
    }

    [AllowedRoles(Role.Admin)]
    public override async Task<CreatedApiKey> CreateApiKey(CreateApiKeyRequest request, ServerCallContext context)
    {
        var name = RequireName(request.Name);
        var roles = request.Roles.Count == 0 ? ImmutableArray.Create(Role.Integration) : RequireRoles(request.Roles, "roles", Role.Unbound);
        var key = KeyCredential.Generate('k');
        var grain = cluster.GetGrain<IApiKeyGrain>(IdentityKeys.ApiKey(key.Id));
        if (!await grain.Create(new NewApiKey(name, roles, key.SecretHash())))
        {
            throw new RpcException(new Status(StatusCode.Aborted, "a generated key id collided with an existing one: try again"));
        }
        LogApiKeyCreated(key.Id, name, string.Join(",", roles), Actor(context));
        return new CreatedApiKey { Key = ToMessage((await grain.Get())!), ApiKey = key.Presented };
    }

    [AllowedRoles(Role.Admin)]
    public override async Task<ApiKey> RevokeApiKey(RevokeApiKeyRequest request, ServerCallContext context)
    {
        var keyId = RequireGeneratedId(request.KeyId, "key_id");
        var key = await cluster.GetGrain<IApiKeyGrain>(IdentityKeys.ApiKey(keyId)).Revoke()
            ?? throw ApiErrors.NotFound("api_key", keyId);
        LogApiKeyRevoked(keyId, Actor(context));
        return ToMessage(key);
    }

    [AllowedRoles(Role.Admin)]
    public override async Task<ProvisionedTerminal> ProvisionTerminal(ProvisionTerminalRequest request, ServerCallContext context)
    {
        if (!GrainKey.Workstation.IsValidId(request.WorkstationId))
        {
            throw ApiErrors.InvalidArgument("workstation_id", GrainKey.Workstation.Rule);
        }
        if (await cluster.GetGrain<IWorkstationGrain>(GrainKey.Workstation.For(request.WorkstationId)).Get() is null)
        {
            throw ApiErrors.NotFound("workstation", request.WorkstationId);
        }
        var name = string.IsNullOrWhiteSpace(request.Name) ? request.WorkstationId : RequireName(request.Name);
        var key = KeyCredential.Generate('t');
        var grain = cluster.GetGrain<ITerminalGrain>(IdentityKeys.Terminal(key.Id));
        if (!await grain.Create(new NewTerminal(request.WorkstationId, name, key.SecretHash())))
        {
            throw new RpcException(new Status(StatusCode.Aborted, "a generated terminal id collided with an existing one: try again"));
        }
        LogTerminalProvisioned(key.Id, request.WorkstationId, Actor(context));
        return new ProvisionedTerminal { Terminal = ToMessage((await grain.Get())!), TerminalKey = key.Presented };
    }

    [AllowedRoles(Role.Admin)]
    public override async Task<Terminal> RevokeTerminal(RevokeTerminalRequest request, ServerCallContext context)
    {
        var terminalId = RequireGeneratedId(request.TerminalId, "terminal_id");
        var terminal = await cluster.GetGrain<ITerminalGrain>(IdentityKeys.Terminal(terminalId)).Revoke()
            ?? throw ApiErrors.NotFound("terminal", terminalId);
        LogTerminalRevoked(terminalId, terminal.WorkstationId, Actor(context));
        return ToMessage(terminal);
    }

    private static string Actor(ServerCallContext context) => Caller.Of(context.GetHttpContext().User)?.Subject ?? "";

    private static void Require(string value, string field)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw ApiErrors.InvalidArgument(field, "is required");
        }
    }

    private static string RequireUsername(string username) =>
        IdentityKeys.IsValidUsername(username)
            ? username
            : throw ApiErrors.InvalidArgument("username", "must be 1 to 64 lower-case letters, digits, dots, dashes or underscores, starting with a letter or digit");

    private static string RequirePassword(string password, string field) =>
        PasswordPolicy.Problem(password) is { } problem ? throw ApiErrors.InvalidArgument(field, problem) : password;

    private static string RequireName(string name) =>
        name.Trim() is { Length: > 0 and <= 100 } trimmed ? trimmed : throw ApiErrors.InvalidArgument("name", "must be 1 to 100 characters");

    private static string RequireGeneratedId(string id, string field) =>
        IdentityKeys.IsValidGeneratedId(id) ? id : throw ApiErrors.InvalidArgument(field, "must be an id the gateway issued: lower-case letters and digits");

    private static ImmutableArray<string> RequireRoles(IEnumerable<string> requested, string field, IReadOnlyList<string> allowed)
    {
        var roles = requested.Select(r => r.Trim()).Distinct(StringComparer.Ordinal).ToImmutableArray();
        if (roles.IsEmpty)
        {
            throw ApiErrors.InvalidArgument(field, $"give at least one of {string.Join(", ", allowed)}");
        }
        if (roles.FirstOrDefault(r => !allowed.Contains(r)) is { } wrong)
        {
            throw ApiErrors.InvalidArgument(field, wrong == Role.Operator
                ? "operator is granted only bound to a workstation, by badge log-in at a terminal"
                : $"'{wrong}' is not one of {string.Join(", ", allowed)}");
        }
        return roles;
    }

    private static Token ToMessage(IssuedToken token) => new()
    {
        AccessToken = token.AccessToken,
        TokenType = "Bearer",
        ExpiresAt = Timestamp.FromDateTimeOffset(token.ExpiresAt),
        Subject = token.Subject,
        Roles = { token.Roles },
        WorkstationId = token.WorkstationId ?? "",
    };

    private static User ToMessage(UserAccount account) => new()
    {
        Username = account.Username,
        DisplayName = account.DisplayName,
        Roles = { account.Roles },
        HasPassword = account.PasswordHash is not null,
        HasBadge = account.Badge is not null,
        Disabled = !account.IsActive,
        CreatedAt = Timestamp.FromDateTimeOffset(account.CreatedAt),
    };

    private static ApiKey ToMessage(ApiKeyRecord key) => new()
    {
        KeyId = key.KeyId,
        Name = key.Name,
        Roles = { key.Roles },
        CreatedAt = Timestamp.FromDateTimeOffset(key.CreatedAt),
        RevokedAt = key.RevokedAt is { } revoked ? Timestamp.FromDateTimeOffset(revoked) : null,
    };

    private static Terminal ToMessage(TerminalRecord terminal) => new()
    {
        TerminalId = terminal.TerminalId,
        WorkstationId = terminal.WorkstationId,
        Name = terminal.Name,
        ProvisionedAt = Timestamp.FromDateTimeOffset(terminal.ProvisionedAt),
        RevokedAt = terminal.RevokedAt is { } revoked ? Timestamp.FromDateTimeOffset(revoked) : null,
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "{Username} logged in with a password (roles {Roles})")]
    private partial void LogLoggedIn(string username, string roles);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Password log-in refused for {Username}")]
    private partial void LogLoginRefused(string username);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Password log-in refused for a username that matches no account")]
    private partial void LogLoginRefusedUnknown();

    [LoggerMessage(Level = LogLevel.Information, Message = "Operator {OperatorId} badged in at workstation {WorkstationId} (terminal {TerminalId})")]
    private partial void LogBadgeLogin(string operatorId, string workstationId, string terminalId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A badge that belongs to no active operator was scanned at {Terminal}")]
    private partial void LogBadgeRefused(string terminal);

    [LoggerMessage(Level = LogLevel.Information, Message = "Account {Username} created with roles {Roles} by {Actor}")]
    private partial void LogUserCreated(string username, string roles, string actor);

    [LoggerMessage(Level = LogLevel.Information, Message = "Roles of {Username} set to {Roles} by {Actor}")]
    private partial void LogRolesSet(string username, string roles, string actor);

    [LoggerMessage(Level = LogLevel.Information, Message = "Password of {Username} reset by {Actor}")]
    private partial void LogPasswordReset(string username, string actor);

    [LoggerMessage(Level = LogLevel.Information, Message = "Account {Username} disabled by {Actor}")]
    private partial void LogUserDisabled(string username, string actor);

    [LoggerMessage(Level = LogLevel.Information, Message = "API key {KeyId} ({Name}, roles {Roles}) created by {Actor}")]
    private partial void LogApiKeyCreated(string keyId, string name, string roles, string actor);

    [LoggerMessage(Level = LogLevel.Information, Message = "API key {KeyId} revoked by {Actor}")]
    private partial void LogApiKeyRevoked(string keyId, string actor);

    [LoggerMessage(Level = LogLevel.Information, Message = "Terminal {TerminalId} provisioned for workstation {WorkstationId} by {Actor}")]
    private partial void LogTerminalProvisioned(string terminalId, string workstationId, string actor);

    [LoggerMessage(Level = LogLevel.Information, Message = "Terminal {TerminalId} of workstation {WorkstationId} revoked by {Actor}")]
    private partial void LogTerminalRevoked(string terminalId, string workstationId, string actor);
}

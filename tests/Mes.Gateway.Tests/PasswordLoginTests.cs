using Grpc.Core;
using Mes.Gateway.Api.V1;
using Mes.Gateway.Auth;
using Mes.Gateway.Tests.Support;

namespace Mes.Gateway.Tests;

[Collection(GatewayCollection.Name)]
public sealed class PasswordLoginTests(GatewaySystem system)
{
    [Fact]
    public async Task The_first_admin_logs_in_with_the_password_from_MES_ADMIN_PASSWORD()
    {
        var token = await system.Auth.LoginAsync(new LoginRequest { Username = "admin", Password = GatewaySystem.AdminPassword });

        Assert.Equal(["admin"], token.Roles);
    }

    [Fact]
    public async Task A_token_from_login_carries_the_accounts_roles_and_identifies_the_caller()
    {
        var token = await system.CreateStaffAndLogIn("login-roles", Role.Manager);
        var me = await system.Auth.WhoAmIAsync(new WhoAmIRequest(), GatewayProcess.Bearer(token.AccessToken));

        Assert.Equal(["manager"], token.Roles);
        Assert.Equal("login-roles", me.Subject);
        Assert.Equal(MesClaims.Methods.Password, me.AuthenticationMethod);
    }

    [Fact]
    public async Task A_wrong_password_and_an_unknown_account_are_refused_alike()
    {
        await system.CreateStaffAndLogIn("login-wrong", Role.Customs);

        var wrong = await Assert.ThrowsAsync<RpcException>(async () =>
            await system.Auth.LoginAsync(new LoginRequest { Username = "login-wrong", Password = "not-the-password" }));
        var unknown = await Assert.ThrowsAsync<RpcException>(async () =>
            await system.Auth.LoginAsync(new LoginRequest { Username = "nobody-here", Password = "not-the-password" }));

        Assert.Equal(StatusCode.Unauthenticated, wrong.StatusCode);
        Assert.Equal(AuthReasons.LoginFailed, Errors.ReasonOf(wrong));
        Assert.Equal((wrong.StatusCode, wrong.Status.Detail), (unknown.StatusCode, unknown.Status.Detail));
    }

    [Fact]
    public async Task A_disabled_account_can_no_longer_log_in_and_its_token_stops_working_at_once()
    {
        var token = await system.CreateStaffAndLogIn("login-disabled", Role.Supervisor);

        await system.Auth.DisableUserAsync(new DisableUserRequest { Username = "login-disabled" }, system.Admin);
        var login = await Assert.ThrowsAsync<RpcException>(async () =>
            await system.Auth.LoginAsync(new LoginRequest { Username = "login-disabled", Password = GatewaySystem.StaffPassword }));
        var call = await Assert.ThrowsAsync<RpcException>(async () =>
            await system.Auth.WhoAmIAsync(new WhoAmIRequest(), GatewayProcess.Bearer(token.AccessToken)));

        Assert.Equal(AuthReasons.LoginFailed, Errors.ReasonOf(login));
        Assert.Equal(StatusCode.Unauthenticated, call.StatusCode);
        Assert.Equal(AuthReasons.CredentialsRejected, Errors.ReasonOf(call));
    }

    [Fact]
    public async Task A_role_taken_from_an_account_is_gone_from_its_token_already_issued()
    {
        var token = await system.CreateStaffAndLogIn("login-demoted", Role.Admin);

        await system.Auth.SetUserRolesAsync(new SetUserRolesRequest { Username = "login-demoted", Roles = { Role.Manager } }, system.Admin);
        var error = await Assert.ThrowsAsync<RpcException>(async () => await system.Auth.CreateApiKeyAsync(
            new CreateApiKeyRequest { Name = "after-demotion" }, GatewayProcess.Bearer(token.AccessToken)));

        Assert.Equal(StatusCode.PermissionDenied, error.StatusCode);
        Assert.Equal(AuthReasons.RoleNotAllowed, Errors.ReasonOf(error));
    }

    [Fact]
    public async Task An_account_whose_only_role_is_operator_cannot_log_in_with_a_password()
    {
        await system.Auth.CreateUserAsync(new CreateUserRequest { Username = "login-operator", Roles = { Role.Operator }, Password = GatewaySystem.StaffPassword }, system.Admin);

        var error = await Assert.ThrowsAsync<RpcException>(async () =>
            await system.Auth.LoginAsync(new LoginRequest { Username = "login-operator", Password = GatewaySystem.StaffPassword }));

        Assert.Equal(StatusCode.PermissionDenied, error.StatusCode);
        Assert.Equal(AuthReasons.OperatorBadgeLoginOnly, Errors.ReasonOf(error));
    }

    [Fact]
    public async Task A_password_shorter_than_the_policy_is_refused_naming_the_field()
    {
        var error = await Assert.ThrowsAsync<RpcException>(async () => await system.Auth.CreateUserAsync(
            new CreateUserRequest { Username = "login-short", Roles = { Role.Manager }, Password = "short" }, system.Admin));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal("password", error.GetRpcStatus()!.GetDetail<Google.Rpc.BadRequest>().FieldViolations[0].Field);
    }

    [Fact]
    public async Task An_admin_cannot_disable_their_own_account()
    {
        var error = await Assert.ThrowsAsync<RpcException>(async () =>
            await system.Auth.DisableUserAsync(new DisableUserRequest { Username = "admin" }, system.Admin));

        Assert.Equal(StatusCode.FailedPrecondition, error.StatusCode);
        Assert.Equal(AuthReasons.SelfLockout, error.GetRpcStatus()!.GetDetail<Google.Rpc.PreconditionFailure>().Violations[0].Type);
    }

    [Fact]
    public async Task A_token_signed_with_another_key_is_refused()
    {
        var forged = new Microsoft.IdentityModel.JsonWebTokens.JsonWebTokenHandler().CreateToken(new Microsoft.IdentityModel.Tokens.SecurityTokenDescriptor
        {
            Issuer = "zone-mes",
            Audience = "zone-mes",
            Expires = DateTime.UtcNow.AddHours(1),
            Claims = new Dictionary<string, object> { ["sub"] = "admin", ["role"] = new[] { "admin" }, ["amr"] = "pwd" },
            SigningCredentials = new Microsoft.IdentityModel.Tokens.SigningCredentials(
                new Microsoft.IdentityModel.Tokens.SymmetricSecurityKey(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)),
                Microsoft.IdentityModel.Tokens.SecurityAlgorithms.HmacSha256),
        });

        var error = await Assert.ThrowsAsync<RpcException>(async () =>
            await system.Auth.WhoAmIAsync(new WhoAmIRequest(), GatewayProcess.Bearer(forged)));

        Assert.Equal(StatusCode.Unauthenticated, error.StatusCode);
        Assert.Equal(AuthReasons.CredentialsRejected, Errors.ReasonOf(error));
    }

    [Fact]
    public async Task An_expired_token_is_refused_saying_it_expired()
    {
        var expired = new Microsoft.IdentityModel.JsonWebTokens.JsonWebTokenHandler().CreateToken(new Microsoft.IdentityModel.Tokens.SecurityTokenDescriptor
        {
            Issuer = "zone-mes",
            Audience = "zone-mes",
            IssuedAt = DateTime.UtcNow.AddHours(-3),
            NotBefore = DateTime.UtcNow.AddHours(-3),
            Expires = DateTime.UtcNow.AddHours(-2),
            Claims = new Dictionary<string, object> { ["sub"] = "admin", ["role"] = new[] { "admin" }, ["amr"] = "pwd" },
            SigningCredentials = new Microsoft.IdentityModel.Tokens.SigningCredentials(
                new Microsoft.IdentityModel.Tokens.SymmetricSecurityKey(Convert.FromBase64String(system.SigningKey)),
                Microsoft.IdentityModel.Tokens.SecurityAlgorithms.HmacSha256),
        });

        var error = await Assert.ThrowsAsync<RpcException>(async () =>
            await system.Auth.WhoAmIAsync(new WhoAmIRequest(), GatewayProcess.Bearer(expired)));

        Assert.Equal(StatusCode.Unauthenticated, error.StatusCode);
        Assert.Equal("the token has expired", error.Status.Detail);
    }

    [Fact]
    public async Task A_malformed_bearer_token_is_refused_as_rejected_credentials()
    {
        var error = await Assert.ThrowsAsync<RpcException>(async () =>
            await system.Auth.WhoAmIAsync(new WhoAmIRequest(), GatewayProcess.Bearer("not-a-jwt")));

        Assert.Equal(StatusCode.Unauthenticated, error.StatusCode);
        Assert.Equal(AuthReasons.CredentialsRejected, Errors.ReasonOf(error));
    }
}

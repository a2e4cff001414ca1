using Grpc.Core;
using Mes.Gateway.Api.V1;
using Mes.Gateway.Auth;
using Mes.Gateway.Tests.Support;

namespace Mes.Gateway.Tests;

[Collection(GatewayCollection.Name)]
public sealed class BadgeLoginTests(GatewaySystem system)
{
    [Fact]
    public async Task A_badge_scanned_at_a_terminal_gives_an_operator_token_bound_to_the_terminals_workstation()
    {
        var terminal = await system.ProvisionTerminal(GatewaySystem.OtherWorkstation);

        var token = await system.Auth.BadgeLoginAsync(new BadgeLoginRequest { Badge = GatewaySystem.OperatorBadge.ToLowerInvariant() }, terminal);
        var me = await system.Auth.WhoAmIAsync(new WhoAmIRequest(), GatewayProcess.Bearer(token.AccessToken));

        Assert.Equal(["operator"], me.Roles);
        Assert.Equal("fixture-operator", me.Subject);
        Assert.Equal(GatewaySystem.OtherWorkstation, me.WorkstationId);
        Assert.Equal(MesClaims.Methods.Badge, me.AuthenticationMethod);
    }

    [Fact]
    public async Task A_badge_that_belongs_to_nobody_is_refused()
    {
        var error = await Assert.ThrowsAsync<RpcException>(async () =>
            await system.Auth.BadgeLoginAsync(new BadgeLoginRequest { Badge = "NO-SUCH-BADGE" }, system.Callers[Role.Terminal]));

        Assert.Equal(StatusCode.Unauthenticated, error.StatusCode);
        Assert.Equal(AuthReasons.BadgeNotRecognised, Errors.ReasonOf(error));
    }

    [Fact]
    public async Task A_badge_of_a_disabled_operator_is_refused()
    {
        await system.Auth.CreateUserAsync(new CreateUserRequest { Username = "badge-disabled", Roles = { Role.Operator }, Badge = "FX-0002" }, system.Admin);
        await system.Auth.DisableUserAsync(new DisableUserRequest { Username = "badge-disabled" }, system.Admin);

        var error = await Assert.ThrowsAsync<RpcException>(async () =>
            await system.Auth.BadgeLoginAsync(new BadgeLoginRequest { Badge = "FX-0002" }, system.Callers[Role.Terminal]));

        Assert.Equal(AuthReasons.BadgeNotRecognised, Errors.ReasonOf(error));
    }

    [Fact]
    public async Task A_badge_already_given_to_another_account_cannot_be_given_again()
    {
        var error = await Assert.ThrowsAsync<RpcException>(async () => await system.Auth.CreateUserAsync(
            new CreateUserRequest { Username = "badge-copy", Roles = { Role.Operator }, Badge = GatewaySystem.OperatorBadge }, system.Admin));

        Assert.Equal(StatusCode.AlreadyExists, error.StatusCode);
        Assert.Equal("badge", error.GetRpcStatus()!.GetDetail<Google.Rpc.ResourceInfo>().ResourceType);
    }

    [Fact]
    public async Task Revoking_a_terminal_ends_its_key_and_the_operator_sessions_started_there()
    {
        var provisioned = await system.Auth.ProvisionTerminalAsync(new ProvisionTerminalRequest { WorkstationId = GatewaySystem.TerminalWorkstation }, system.Admin);
        var terminal = new Metadata { { Schemes.TerminalKeyHeader, provisioned.TerminalKey } };
        var token = await system.Auth.BadgeLoginAsync(new BadgeLoginRequest { Badge = GatewaySystem.OperatorBadge }, terminal);

        await system.Auth.RevokeTerminalAsync(new RevokeTerminalRequest { TerminalId = provisioned.Terminal.TerminalId }, system.Admin);
        var byKey = await Assert.ThrowsAsync<RpcException>(async () =>
            await system.Auth.BadgeLoginAsync(new BadgeLoginRequest { Badge = GatewaySystem.OperatorBadge }, terminal));
        var byToken = await Assert.ThrowsAsync<RpcException>(async () =>
            await system.Auth.WhoAmIAsync(new WhoAmIRequest(), GatewayProcess.Bearer(token.AccessToken)));

        Assert.Equal(AuthReasons.CredentialsRejected, Errors.ReasonOf(byKey));
        Assert.Equal(AuthReasons.CredentialsRejected, Errors.ReasonOf(byToken));
    }

    [Fact]
    public async Task A_terminal_can_only_be_provisioned_for_a_registered_workstation()
    {
        var error = await Assert.ThrowsAsync<RpcException>(async () =>
            await system.Auth.ProvisionTerminalAsync(new ProvisionTerminalRequest { WorkstationId = "smt-09-nowhere" }, system.Admin));

        Assert.Equal(StatusCode.NotFound, error.StatusCode);
    }
}

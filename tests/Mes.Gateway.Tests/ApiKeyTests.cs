using Grpc.Core;
using Mes.Gateway.Api.V1;
using Mes.Gateway.Auth;
using Mes.Gateway.Tests.Support;

namespace Mes.Gateway.Tests;

[Collection(GatewayCollection.Name)]
public sealed class ApiKeyTests(GatewaySystem system)
{
    [Fact]
    public async Task An_api_key_authenticates_with_the_roles_it_was_created_with()
    {
        var created = await system.Auth.CreateApiKeyAsync(new CreateApiKeyRequest { Name = "customs-export", Roles = { Role.Customs, Role.Integration } }, system.Admin);

        var me = await system.Auth.WhoAmIAsync(new WhoAmIRequest(), new Metadata { { Schemes.ApiKeyHeader, created.ApiKey } });

        Assert.Equal(["customs", "integration"], me.Roles);
        Assert.Equal("apikey:" + created.Key.KeyId, me.Subject);
    }

    [Fact]
    public async Task A_revoked_api_key_is_refused()
    {
        var created = await system.Auth.CreateApiKeyAsync(new CreateApiKeyRequest { Name = "to-revoke" }, system.Admin);

        await system.Auth.RevokeApiKeyAsync(new RevokeApiKeyRequest { KeyId = created.Key.KeyId }, system.Admin);
        var error = await Assert.ThrowsAsync<RpcException>(async () =>
            await system.Auth.WhoAmIAsync(new WhoAmIRequest(), new Metadata { { Schemes.ApiKeyHeader, created.ApiKey } }));

        Assert.Equal(StatusCode.Unauthenticated, error.StatusCode);
        Assert.Equal(AuthReasons.CredentialsRejected, Errors.ReasonOf(error));
    }

    [Fact]
    public async Task A_known_key_id_with_a_wrong_secret_is_refused()
    {
        var created = await system.Auth.CreateApiKeyAsync(new CreateApiKeyRequest { Name = "guessed" }, system.Admin);
        var guessed = created.Key.KeyId + "." + new string('A', 43);

        var error = await Assert.ThrowsAsync<RpcException>(async () =>
            await system.Auth.WhoAmIAsync(new WhoAmIRequest(), new Metadata { { Schemes.ApiKeyHeader, guessed } }));

        Assert.Equal(AuthReasons.CredentialsRejected, Errors.ReasonOf(error));
    }

    [Fact]
    public async Task An_api_key_cannot_be_given_the_operator_role()
    {
        var error = await Assert.ThrowsAsync<RpcException>(async () => await system.Auth.CreateApiKeyAsync(
            new CreateApiKeyRequest { Name = "shop-floor", Roles = { Role.Operator } }, system.Admin));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal("roles", error.GetRpcStatus()!.GetDetail<Google.Rpc.BadRequest>().FieldViolations[0].Field);
    }
}

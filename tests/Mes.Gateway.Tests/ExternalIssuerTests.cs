using Grpc.Core;
using Mes.Gateway.Api.V1;
using Mes.Gateway.Auth;
using Mes.Gateway.Tests.Support;

namespace Mes.Gateway.Tests;

[Collection(GatewayCollection.Name)]
public sealed class ExternalIssuerTests(GatewaySystem system)
{
    [Fact]
    public async Task A_token_of_the_configured_external_issuer_is_accepted_with_its_roles_but_never_operator()
    {
        var token = ExternalTokens.Issue(system.ExternalKey, GatewaySystem.ExternalIssuer, GatewaySystem.ExternalAudience,
            "zhang.min", "Zhang Min", ["manager", "operator", "unknown-role"], DateTimeOffset.UtcNow.AddHours(1));

        var me = await system.Auth.WhoAmIAsync(new WhoAmIRequest(), GatewayProcess.Bearer(token));

        Assert.Equal("zhang.min", me.Subject);
        Assert.Equal(["manager"], me.Roles);
        Assert.Equal(MesClaims.Methods.External, me.AuthenticationMethod);
    }

    [Fact]
    public async Task A_token_of_the_external_issuer_for_another_audience_is_refused()
    {
        var token = ExternalTokens.Issue(system.ExternalKey, GatewaySystem.ExternalIssuer, "some-other-app",
            "zhang.min", "Zhang Min", ["manager"], DateTimeOffset.UtcNow.AddHours(1));

        var error = await Assert.ThrowsAsync<RpcException>(async () =>
            await system.Auth.WhoAmIAsync(new WhoAmIRequest(), GatewayProcess.Bearer(token)));

        Assert.Equal(StatusCode.Unauthenticated, error.StatusCode);
        Assert.Equal("the token is meant for another audience", error.Status.Detail);
    }
}

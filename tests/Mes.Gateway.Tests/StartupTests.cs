using Grpc.Core;
using Mes.Gateway.Api.V1;
using Mes.Gateway.Tests.Support;
using Mes.Testing;

namespace Mes.Gateway.Tests;

[Collection(GatewayCollection.Name)]
public sealed class StartupTests(GatewaySystem system)
{
    [Fact]
    public async Task Without_a_signing_key_the_gateway_refuses_to_start_and_names_the_variable()
    {
        var environment = system.GatewayEnvironment();
        environment["MES_JWT_SIGNING_KEY"] = "";

        var (exitCode, output) = await RunToExit(environment);

        Assert.NotEqual(0, exitCode);
        Assert.Contains("MES_JWT_SIGNING_KEY is not set", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_signing_key_shorter_than_256_bits_is_refused_without_echoing_it()
    {
        var environment = system.GatewayEnvironment();
        var shortKey = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));
        environment["MES_JWT_SIGNING_KEY"] = shortKey;

        var (exitCode, output) = await RunToExit(environment);

        Assert.NotEqual(0, exitCode);
        Assert.Contains("MES_JWT_SIGNING_KEY has 128 bits; at least 256 are needed", output, StringComparison.Ordinal);
        Assert.DoesNotContain(shortKey, output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_MES_ADMIN_PASSWORD_does_not_change_an_existing_admin_account()
    {
        var environment = system.GatewayEnvironment();
        environment["MES_ADMIN_PASSWORD"] = "a-different-admin-password";
        await using var second = await GatewayProcess.StartAsync(environment, () => system.Gateway.Certificate);
        var auth = new Api.V1.Auth.AuthClient(second.Channel);

        var refused = await Assert.ThrowsAsync<RpcException>(async () =>
            await auth.LoginAsync(new LoginRequest { Username = "admin", Password = "a-different-admin-password" }));
        var original = await auth.LoginAsync(new LoginRequest { Username = "admin", Password = GatewaySystem.AdminPassword });

        Assert.Equal(StatusCode.Unauthenticated, refused.StatusCode);
        Assert.Equal(["admin"], original.Roles);
    }

    private static async Task<(int ExitCode, string Output)> RunToExit(Dictionary<string, string?> environment)
    {
        environment["Gateway__GrpcPort"] = FreePort.Next().ToString(System.Globalization.CultureInfo.InvariantCulture);
        environment["Gateway__WebPort"] = FreePort.Next().ToString(System.Globalization.CultureInfo.InvariantCulture);
        await using var process = ChildProcess.StartDotnet(Repository.Binary("gateway/Mes.Gateway", "Mes.Gateway.dll"), environment);
        var exitCode = await process.WaitForExitAsync(TimeSpan.FromMinutes(2));
        return (exitCode, process.Output);
    }
}

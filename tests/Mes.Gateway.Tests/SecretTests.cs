using Grpc.Core;
using Mes.Gateway.Api.V1;
using Mes.Gateway.Auth;
using Mes.Gateway.Tests.Support;
using Mes.Testing;
using Npgsql;

namespace Mes.Gateway.Tests;

[Collection(GatewayCollection.Name)]
public sealed class SecretTests(GatewaySystem system)
{
    private const string Password = "secret-test-password-0001";
    private const string WrongPassword = "secret-test-wrong-password";
    private const string Badge = "SECRET-BADGE-77";

    [Fact]
    public async Task No_password_key_badge_or_token_reaches_the_logs_of_the_gateway_or_the_silo()
    {
        var secrets = await ExerciseEveryCredential("secret-logs");
        // The last action's log line shows that the logs have caught up with everything before it.
        await Eventually.True(() => Task.FromResult(system.Gateway.Process.Output.Contains("secret-logs-op badged in", StringComparison.Ordinal)),
            TimeSpan.FromSeconds(30), "the gateway to log the badge log-in", () => system.Gateway.Process.Output);

        var logs = system.Gateway.Process.Output + system.Silo.Process.Output;

        Assert.All(secrets, secret => Assert.DoesNotContain(secret, logs, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Passwords_and_key_secrets_are_stored_only_as_hashes()
    {
        var secrets = await ExerciseEveryCredential("secret-store");
        await using var dataSource = NpgsqlDataSource.Create(system.ConnectionString);
        await using var command = dataSource.CreateCommand("SELECT string_agg(payload::text, E'\\n') FROM orleans_grain_state WHERE state_name IN ('user-account', 'api-key', 'terminal')");
        var stored = (string)(await command.ExecuteScalarAsync())!;

        Assert.All(secrets.Where(s => s != Badge), secret => Assert.DoesNotContain(secret, stored, StringComparison.Ordinal));
        Assert.Contains("pbkdf2-sha256$600000$", stored, StringComparison.Ordinal);
    }

    // Log-in, API key, terminal, badge log-in and refusals with known secrets; returns every secret seen.
    private async Task<List<string>> ExerciseEveryCredential(string prefix)
    {
        var secrets = new List<string> { Password, WrongPassword, GatewaySystem.AdminPassword, system.SigningKey };
        await system.Auth.CreateUserAsync(new CreateUserRequest { Username = prefix, Roles = { Role.Manager }, Password = Password }, system.Admin);
        await system.Auth.CreateUserAsync(new CreateUserRequest { Username = prefix + "-op", Roles = { Role.Operator }, Badge = prefix == "secret-logs" ? Badge : Badge + "-2" }, system.Admin);
        secrets.Add(Badge);
        var login = await system.Auth.LoginAsync(new LoginRequest { Username = prefix, Password = Password });
        secrets.Add(login.AccessToken);
        await Assert.ThrowsAsync<RpcException>(async () => await system.Auth.LoginAsync(new LoginRequest { Username = prefix, Password = WrongPassword }));
        await Assert.ThrowsAsync<RpcException>(async () => await system.Auth.LoginAsync(new LoginRequest { Username = WrongPassword, Password = WrongPassword }));
        await system.Auth.ResetPasswordAsync(new ResetPasswordRequest { Username = prefix, NewPassword = Password + "-new" }, system.Admin);
        secrets.Add(Password + "-new");

        var apiKey = await system.Auth.CreateApiKeyAsync(new CreateApiKeyRequest { Name = prefix }, system.Admin);
        secrets.Add(apiKey.ApiKey.Split('.')[1]);
        await system.Auth.WhoAmIAsync(new WhoAmIRequest(), new Metadata { { Schemes.ApiKeyHeader, apiKey.ApiKey } });
        await Assert.ThrowsAsync<RpcException>(async () =>
            await system.Auth.WhoAmIAsync(new WhoAmIRequest(), new Metadata { { Schemes.ApiKeyHeader, apiKey.ApiKey + "x" } }));

        var terminal = await system.Auth.ProvisionTerminalAsync(new ProvisionTerminalRequest { WorkstationId = GatewaySystem.TerminalWorkstation }, system.Admin);
        secrets.Add(terminal.TerminalKey.Split('.')[1]);
        var terminalKey = new Metadata { { Schemes.TerminalKeyHeader, terminal.TerminalKey } };
        await Assert.ThrowsAsync<RpcException>(async () => await system.Auth.BadgeLoginAsync(new BadgeLoginRequest { Badge = "WRONG-" + Badge }, terminalKey));
        var badgeLogin = await system.Auth.BadgeLoginAsync(new BadgeLoginRequest { Badge = prefix == "secret-logs" ? Badge : Badge + "-2" }, terminalKey);
        secrets.Add(badgeLogin.AccessToken);
        await Assert.ThrowsAsync<RpcException>(async () =>
            await system.Auth.WhoAmIAsync(new WhoAmIRequest(), GatewayProcess.Bearer(badgeLogin.AccessToken + "x")));
        // A token is a secret as a whole and in its signature.
        secrets.AddRange(secrets.Where(s => s.Count(c => c == '.') == 2).Select(t => t.Split('.')[2]).ToList());
        return secrets;
    }
}

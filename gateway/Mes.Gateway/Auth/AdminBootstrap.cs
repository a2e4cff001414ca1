using System.Collections.Immutable;
using Mes.Contracts.Identity;

namespace Mes.Gateway.Auth;

/// <summary>
/// Creates the first administrator, user <c>admin</c>, from <c>MES_ADMIN_PASSWORD</c> when that
/// account does not exist. An existing account is never changed: after the first start the
/// variable only matters again if the account is gone.
/// </summary>
public sealed partial class AdminBootstrap(IClusterClient cluster, IConfiguration configuration, ILogger<AdminBootstrap> logger) : IHostedService
{
    /// <summary>The environment variable with the first administrator's password.</summary>
    public const string EnvironmentVariable = "MES_ADMIN_PASSWORD";

    /// <summary>The username of the first administrator.</summary>
    public const string Username = "admin";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var account = cluster.GetGrain<IUserAccountGrain>(IdentityKeys.User(Username));
        if (await account.Get() is not null)
        {
            return;
        }
        var password = configuration[EnvironmentVariable];
        if (string.IsNullOrEmpty(password))
        {
            LogNoAdmin(EnvironmentVariable);
            return;
        }
        if (PasswordPolicy.Problem(password) is { } problem)
        {
            throw new InvalidOperationException($"{EnvironmentVariable} {problem}.");
        }
        var outcome = await account.Create(new NewUserAccount("Administrator", ImmutableArray.Create(Role.Admin), PasswordHash.Create(password), Badge: null));
        if (outcome == UserCreation.Created)
        {
            LogCreated(Username, EnvironmentVariable);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Created the administrator account '{Username}' from {Variable}")]
    private partial void LogCreated(string username, string variable);

    [LoggerMessage(Level = LogLevel.Warning, Message = "No administrator account exists and {Variable} is not set: nobody can administer accounts until it is")]
    private partial void LogNoAdmin(string variable);
}

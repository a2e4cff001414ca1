using System.Security.Cryptography.X509Certificates;
using Grpc.Core;
using Grpc.Health.V1;
using Grpc.Net.Client;
using Mes.Gateway.Api.V1;
using Mes.Testing;

namespace Mes.EndToEnd.Tests;

[Collection(nameof(MesUpDownTests))]
public sealed class MesUpDownTests
{
    [Fact]
    public async Task Down_stops_every_process_up_started_and_nothing_else()
    {
        await using var mes = new MesCommand();
        await using var bystander = ChildProcess.Start("sleep", ["600"]);

        await mes.RunAsync("up", "--detach", "--no-build", "--no-simulator");
        var started = mes.RecordedProcesses();
        await AssertServing(mes);
        await mes.RunAsync("down");

        Assert.True(started.Count >= 3, $"expected PostgreSQL, a silo and the gateway, recorded: {string.Join(", ", started)}");
        Assert.DoesNotContain(started, MesCommand.IsAlive);
        Assert.Empty(mes.ProcessesUsingStateDirectory());
        Assert.True(MesCommand.IsAlive(bystander.Id), "a process ./mes did not start was stopped");
    }

    [Fact]
    public async Task Ctrl_c_on_up_stops_everything_it_started()
    {
        await using var mes = new MesCommand();
        await using var up = mes.Start("up", "--no-build", "--no-simulator");
        await Eventually.True(() => Task.FromResult(up.Output.Contains("Press Ctrl-C", StringComparison.Ordinal)),
            TimeSpan.FromMinutes(3), "./mes up to report the system up", () => up.Output);
        var started = mes.RecordedProcesses();

        await using (var interrupt = ChildProcess.Start("kill", ["-INT", up.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await interrupt.WaitForExitAsync(TimeSpan.FromSeconds(10));
        }
        var exitCode = await up.WaitForExitAsync(TimeSpan.FromMinutes(1));

        Assert.Equal(0, exitCode);
        Assert.DoesNotContain(started, MesCommand.IsAlive);
        Assert.Empty(mes.ProcessesUsingStateDirectory());
    }

    [Fact]
    public async Task Up_again_after_down_finds_the_data_of_the_first_run()
    {
        await using var mes = new MesCommand();
        await mes.RunAsync("up", "--detach", "--no-build", "--no-simulator");
        using (var channel = Channel(mes))
        {
            await new Auth.AuthClient(channel).CreateUserAsync(new CreateUserRequest
            {
                Username = "first-run", DisplayName = "First Run", Roles = { "manager" }, Password = "first-run-password-1",
            }, await AdminAsync(channel, mes));
        }
        await mes.RunAsync("down");

        var secondUp = await mes.RunAsync("up", "--detach", "--no-build", "--no-simulator");
        using var again = Channel(mes);
        var login = await new Auth.AuthClient(again).LoginAsync(new LoginRequest { Username = "first-run", Password = "first-run-password-1" });

        Assert.NotEmpty(login.AccessToken);
        Assert.DoesNotContain("creating a private PostgreSQL", secondUp, StringComparison.Ordinal);
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task Up_keeps_its_generated_secrets_owner_only_and_prints_where_the_admin_password_is_not_what_it_is()
    {
        await using var mes = new MesCommand();

        var output = await mes.RunAsync("up", "--detach", "--no-build", "--no-simulator");
        var secrets = Path.Combine(mes.StateDirectory, "secrets");
        var password = await File.ReadAllTextAsync(Path.Combine(secrets, "admin-password"));

        Assert.Contains(Path.Combine(secrets, "admin-password"), output, StringComparison.Ordinal);
        Assert.DoesNotContain(password, output, StringComparison.Ordinal);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(secrets));
        Assert.All(Directory.GetFiles(secrets), f => Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(f)));
    }

    // The gateway serves the development certificate ./mes up keeps with its secrets; trust only it.
    private static GrpcChannel Channel(MesCommand mes) =>
        GrpcChannel.ForAddress($"https://127.0.0.1:{mes.GrpcPort}", new GrpcChannelOptions
        {
            HttpHandler = RunningSystem.TrustOnly(X509CertificateLoader.LoadPkcs12FromFile(Path.Combine(mes.StateDirectory, "secrets", "gateway-dev.pfx"), null)),
            DisposeHttpClient = true,
        });

    private static async Task<Metadata> AdminAsync(GrpcChannel channel, MesCommand mes)
    {
        var password = await File.ReadAllTextAsync(Path.Combine(mes.StateDirectory, "secrets", "admin-password"));
        var token = await new Auth.AuthClient(channel).LoginAsync(new LoginRequest { Username = "admin", Password = password.Trim() });
        return new Metadata { { "authorization", "Bearer " + token.AccessToken } };
    }

    private static async Task AssertServing(MesCommand mes)
    {
        using var channel = Channel(mes);
        var reply = await new Health.HealthClient(channel).CheckAsync(new HealthCheckRequest());
        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, reply.Status);
    }
}

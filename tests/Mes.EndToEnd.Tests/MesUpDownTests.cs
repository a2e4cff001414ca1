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
        using (var channel = GrpcChannel.ForAddress($"http://127.0.0.1:{mes.GrpcPort}"))
        {
            await new Plant.PlantClient(channel).RegisterWorkstationAsync(new RegisterWorkstationRequest
            {
                WorkstationId = "smt-01-aoi", Name = "AOI", LineId = "smt-01", WorkstationType = "aoi",
            });
        }
        await mes.RunAsync("down");

        var secondUp = await mes.RunAsync("up", "--detach", "--no-build", "--no-simulator");
        using var again = GrpcChannel.ForAddress($"http://127.0.0.1:{mes.GrpcPort}");
        var read = await new Plant.PlantClient(again).GetWorkstationAsync(new GetWorkstationRequest { WorkstationId = "smt-01-aoi" });

        Assert.Equal("AOI", read.Name);
        Assert.DoesNotContain("creating a private PostgreSQL", secondUp, StringComparison.Ordinal);
    }

    private static async Task AssertServing(MesCommand mes)
    {
        using var channel = GrpcChannel.ForAddress($"http://127.0.0.1:{mes.GrpcPort}");
        var reply = await new Health.HealthClient(channel).CheckAsync(new HealthCheckRequest());
        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, reply.Status);
    }
}

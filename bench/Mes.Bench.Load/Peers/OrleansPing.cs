using System.Diagnostics;
using System.Globalization;
using Mes.Bench.Load.Calls;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Mes.Bench.Load.Peers;

/// <summary>
/// The Orleans peer: a silo process of its own on this machine (this program started with <c>ping-silo</c>) holding
/// only <see cref="PingGrain"/>, and a client in this process calling it from many concurrent callers: the cost of one
/// client-to-silo grain call on this machine, the hop every gateway call makes at least once.
/// </summary>
public static class OrleansPing
{
    /// <summary>The argument that makes this program a ping silo.</summary>
    public const string SiloCommand = "ping-silo";

    /// <summary>Runs a ping silo on loopback until the process is stopped (localhost clustering, no storage).</summary>
    public static async Task RunSilo(int siloPort, int gatewayPort)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.UseOrleans(silo => silo.UseLocalhostClustering(siloPort, gatewayPort));
        using var host = builder.Build();
        await host.StartAsync();
        Console.WriteLine("PING_SILO_READY");
        await host.WaitForShutdownAsync();
    }

    /// <summary>Starts a ping silo, calls it from <paramref name="callers"/> concurrent callers for the window, stops it.</summary>
    public static async Task<LatencySummary> Measure(int callers, TimeSpan warmUp, TimeSpan window)
    {
        var siloPort = FreeLoopbackPort();
        var gatewayPort = FreeLoopbackPort();
        using var silo = Process.Start(new ProcessStartInfo("dotnet")
        {
            ArgumentList = { typeof(OrleansPing).Assembly.Location, SiloCommand, siloPort.ToString(CultureInfo.InvariantCulture), gatewayPort.ToString(CultureInfo.InvariantCulture) },
            RedirectStandardOutput = true,
        }) ?? throw new InvalidOperationException("the ping silo did not start");
        try
        {
            while (await silo.StandardOutput.ReadLineAsync() is { } line && line != "PING_SILO_READY")
            {
            }

            var builder = Host.CreateApplicationBuilder();
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
            builder.UseOrleansClient(client => client.UseLocalhostClustering(gatewayPort));
            using var host = builder.Build();
            await host.StartAsync();
            var grains = host.Services.GetRequiredService<IClusterClient>();
            await Calls(grains, callers, warmUp, new CallLog("warm-up"));
            var log = new CallLog("orleans ping");
            await Calls(grains, callers, window, log);
            await host.StopAsync();
            return log.Summarize(window);
        }
        finally
        {
            silo.Kill(entireProcessTree: true);
            await silo.WaitForExitAsync();
        }
    }

    private static async Task Calls(IClusterClient grains, int callers, TimeSpan window, CallLog log)
    {
        using var stop = new CancellationTokenSource(window);
        await Task.WhenAll(Enumerable.Range(0, callers).Select(async caller =>
        {
            var grain = grains.GetGrain<IPingGrain>(caller);
            for (var n = 0; !stop.IsCancellationRequested; n++)
            {
                var started = Stopwatch.GetTimestamp();
                await grain.Ping(n);
                log.Acknowledged(Stopwatch.GetElapsedTime(started));
            }
        }));
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}

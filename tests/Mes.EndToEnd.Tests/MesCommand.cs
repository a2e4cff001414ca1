using System.Globalization;
using Mes.Testing;

namespace Mes.EndToEnd.Tests;

/// <summary>
/// <c>./mes</c> run as a user runs it, with its own state folder (private PostgreSQL included) and
/// its own ports, so that it never touches a system the developer has running.
/// </summary>
public sealed class MesCommand : IAsyncDisposable
{
    private readonly Dictionary<string, string?> _environment;

    public MesCommand()
    {
        StateDirectory = Path.Combine(Repository.Root, ".mes", "e2e-" + Guid.NewGuid().ToString("N")[..8]);
        GrpcPort = FreePort.Next();
        WebPort = FreePort.Next();
        _environment = new Dictionary<string, string?>
        {
            ["MES_STATE_DIR"] = StateDirectory,
            ["MES_CONFIGURATION"] = Repository.Configuration,
            ["MES_POSTGRES"] = "",
            ["MES_PG_PORT"] = Port(),
            ["MES_SILO_PORT"] = Port(),
            ["MES_SILO_GATEWAY_PORT"] = Port(),
            ["MES_SILO_HTTP_PORT"] = Port(),
            ["MES_OPCUA_PORT"] = Port(),
            ["MES_GRPC_PORT"] = GrpcPort.ToString(CultureInfo.InvariantCulture),
            ["MES_WEB_PORT"] = WebPort.ToString(CultureInfo.InvariantCulture),
        };
    }

    public string StateDirectory { get; }
    public int GrpcPort { get; }
    public int WebPort { get; }

    /// <summary>Starts <c>./mes</c> with arguments; the caller waits or signals.</summary>
    public ChildProcess Start(params string[] arguments) =>
        ChildProcess.Start(Path.Combine(Repository.Root, "mes"), arguments, _environment);

    /// <summary>Runs <c>./mes</c> to completion and fails with its output when it does not succeed.</summary>
    public async Task<string> RunAsync(params string[] arguments)
    {
        await using var process = Start(arguments);
        var exitCode = await process.WaitForExitAsync(TimeSpan.FromMinutes(4));
        Assert.True(exitCode == 0, $"./mes {string.Join(' ', arguments)} exited with {exitCode}:\n{process.Output}");
        return process.Output;
    }

    /// <summary>Pids of every process that belongs to this state folder: what ./mes recorded and the PostgreSQL postmaster.</summary>
    public IReadOnlyList<int> RecordedProcesses()
    {
        var pids = new List<int>();
        var run = Path.Combine(StateDirectory, "run");
        if (Directory.Exists(run))
        {
            pids.AddRange(Directory.GetFiles(run, "*.pid").Select(f => int.Parse(File.ReadAllText(f).Trim(), CultureInfo.InvariantCulture)));
        }
        var postmaster = Path.Combine(StateDirectory, "pg", "data", "postmaster.pid");
        if (File.Exists(postmaster))
        {
            pids.Add(int.Parse(File.ReadLines(postmaster).First(), CultureInfo.InvariantCulture));
        }
        return pids;
    }

    /// <summary>Processes whose command line mentions this state folder (PostgreSQL and its workers).</summary>
    public IReadOnlyList<int> ProcessesUsingStateDirectory() =>
        [.. Directory.GetDirectories("/proc")
            .Select(d => Path.GetFileName(d))
            .Where(name => name.All(char.IsAsciiDigit))
            .Where(pid => ReadCommandLine(pid).Contains(StateDirectory, StringComparison.Ordinal))
            .Select(pid => int.Parse(pid, CultureInfo.InvariantCulture))];

    public static bool IsAlive(int pid) => File.Exists($"/proc/{pid}/cmdline") && !File.ReadAllText($"/proc/{pid}/stat").Contains(") Z ", StringComparison.Ordinal);

    public async ValueTask DisposeAsync()
    {
        if (Directory.Exists(Path.Combine(StateDirectory, "run")))
        {
            await RunAsync("down");
        }
        Directory.Delete(StateDirectory, recursive: true);
    }

    private static string Port() => FreePort.Next().ToString(CultureInfo.InvariantCulture);

    private static string ReadCommandLine(string pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/cmdline").Replace('\0', ' ');
        }
        catch (IOException)
        {
            return "";
        }
        catch (UnauthorizedAccessException)
        {
            return "";
        }
    }
}

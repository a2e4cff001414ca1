using System.Diagnostics;

namespace Mes.OpcUa.Bench;

/// <summary>Starts the node-opcua peers in tests/interop (installing them from the lock file when missing).</summary>
internal static class NodeScripts
{
    public static string Folder { get; } = FindFolder();

    private static readonly string Home = Directory.CreateTempSubdirectory("mes-opcua-bench-home-").FullName;

    private static string FindFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "interop");
            if (File.Exists(Path.Combine(candidate, "package-lock.json"))) return candidate;
        }
        throw new InvalidOperationException("tests/interop/package-lock.json not found; run the benchmark from the repository");
    }

    public static async Task EnsureInstalledAsync()
    {
        if (Directory.Exists(Path.Combine(Folder, "node_modules", "node-opcua"))) return;
        using var npm = Start("npm", "ci", "--no-audit", "--no-fund");
        await npm.WaitForExitAsync();
        if (npm.ExitCode != 0) throw new InvalidOperationException("npm ci failed in tests/interop");
    }

    public static Process Start(string file, params string[] arguments)
    {
        var info = new ProcessStartInfo(file)
        {
            WorkingDirectory = Folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) info.ArgumentList.Add(argument);
        info.Environment["HOME"] = Home;
        info.Environment["NODE_NO_WARNINGS"] = "1";
        return Process.Start(info) ?? throw new InvalidOperationException($"{file} did not start");
    }

    /// <summary>Reads lines of a process until one satisfies <paramref name="match"/>.</summary>
    public static async Task<string> WaitForLineAsync(Process process, Func<string, bool> match, TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        while (await process.StandardOutput.ReadLineAsync(cancel.Token) is { } line)
            if (match(line)) return line;
        throw new InvalidOperationException($"{process.StartInfo.FileName} ended without the expected line: {await process.StandardError.ReadToEndAsync(cancel.Token)}");
    }

    public static void Stop(Process process)
    {
        try
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }
}

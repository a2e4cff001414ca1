using System.ComponentModel;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Mes.OpcUa.Tests.Interop;

/// <summary>
/// Finds node and the interop folder, installs node-opcua from the committed lock file when it is missing, and starts
/// node scripts with HOME in a temporary folder so node-opcua's PKI stays out of the real home.
/// </summary>
internal static class NodeRuntime
{
    private static readonly SemaphoreSlim InstallLock = new(1, 1);
    private static bool _installed;

    public static string InteropFolder { get; } = FindInteropFolder();

    public static string Home { get; } = Directory.CreateTempSubdirectory("mes-opcua-node-home-").FullName;

    private static string FindInteropFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "interop");
            if (File.Exists(Path.Combine(candidate, "package-lock.json"))) return candidate;
        }
        throw new InvalidOperationException("tests/interop/package-lock.json was not found above " + AppContext.BaseDirectory);
    }

    public static async Task EnsureInstalledAsync()
    {
        await InstallLock.WaitAsync();
        try
        {
            if (_installed) return;
            await RunToEndAsync("node", ["--version"], TimeSpan.FromSeconds(30));
            if (!Directory.Exists(Path.Combine(InteropFolder, "node_modules", "node-opcua")))
                await RunToEndAsync("npm", ["ci", "--no-audit", "--no-fund"], TimeSpan.FromMinutes(5));
            _installed = true;
        }
        finally
        {
            InstallLock.Release();
        }
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public static Process Start(string file, IEnumerable<string> arguments)
    {
        var info = new ProcessStartInfo(file)
        {
            WorkingDirectory = InteropFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) info.ArgumentList.Add(argument);
        info.Environment["HOME"] = Home;
        info.Environment["NODE_NO_WARNINGS"] = "1";
        try
        {
            return Process.Start(info) ?? throw new InvalidOperationException($"{file} did not start");
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException(
                $"'{file}' could not be started ({e.Message}). The OPC UA interop tests need Node.js 20 or later with npm on PATH " +
                "(Debian: apt-get install nodejs npm); node-opcua itself is installed from tests/interop/package-lock.json.", e);
        }
    }

    public static async Task<string> RunToEndAsync(string file, IEnumerable<string> arguments, TimeSpan timeout)
    {
        using var process = Start(file, arguments);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {string.Join(' ', arguments)} did not finish within {timeout}");
        }
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} exited with {process.ExitCode}: {await error}\n{await output}");
        return await output;
    }
}

using System.ComponentModel;
using System.Text.Json;
using Xunit;

namespace Mes.Testing;

/// <summary>
/// Runs the node-opcua scripts of tests/interop, the project's OPC UA interop peer: installs node-opcua
/// from the committed lock file when it is missing, and runs node with HOME in a temporary folder so
/// node-opcua's PKI stays out of the real home. A missing node fails the test with what to install;
/// it never skips.
/// </summary>
public static class NodeScripts
{
    private static readonly SemaphoreSlim InstallLock = new(1, 1);
    private static bool installed;

    /// <summary>tests/interop of this checkout.</summary>
    public static string Folder { get; } = Path.Combine(Repository.Root, "tests", "interop");

    private static string Home { get; } = Directory.CreateTempSubdirectory("mes-node-home-").FullName;

    /// <summary>Runs <c>node script args…</c> to its end and returns the check lines it printed, by name.</summary>
    public static async Task<ScriptChecks> RunChecksAsync(string script, IEnumerable<string> arguments, TimeSpan timeout)
    {
        await EnsureInstalledAsync();
        await using var process = Start("node", [script, .. arguments]);
        int exitCode;
        try
        {
            exitCode = await process.WaitForExitAsync(timeout);
        }
        catch (TimeoutException)
        {
            exitCode = -1;
        }
        return ScriptChecks.Parse(process.Output, exitCode);
    }

    private static async Task EnsureInstalledAsync()
    {
        await InstallLock.WaitAsync();
        try
        {
            if (installed)
            {
                return;
            }
            await RunToEndAsync("node", ["--version"], TimeSpan.FromSeconds(30));
            if (!Directory.Exists(Path.Combine(Folder, "node_modules", "node-opcua")))
            {
                await RunToEndAsync("npm", ["ci", "--no-audit", "--no-fund"], TimeSpan.FromMinutes(5));
            }
            installed = true;
        }
        finally
        {
            InstallLock.Release();
        }
    }

    private static async Task RunToEndAsync(string file, string[] arguments, TimeSpan timeout)
    {
        await using var process = Start(file, arguments);
        var exitCode = await process.WaitForExitAsync(timeout);
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} exited with {exitCode}:\n{process.Output}");
        }
    }

    private static ChildProcess Start(string file, string[] arguments)
    {
        try
        {
            return ChildProcess.Start(file, arguments, new Dictionary<string, string?> { ["HOME"] = Home, ["NODE_NO_WARNINGS"] = "1" }, Folder);
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException(
                $"'{file}' could not be started ({e.Message}). The OPC UA interop tests need Node.js 20 or later with npm on PATH " +
                "(Debian: apt-get install nodejs npm); ./mes test installs them when it runs as root.", e);
        }
    }
}

/// <summary>The JSON check lines (<c>{"test","ok","detail"}</c>) a node script printed, and its exit code.</summary>
public sealed class ScriptChecks
{
    private readonly Dictionary<string, (bool Ok, string? Detail)> checks;

    private ScriptChecks(Dictionary<string, (bool Ok, string? Detail)> checks, string output, int exitCode)
    {
        this.checks = checks;
        Output = output;
        ExitCode = exitCode;
    }

    /// <summary>Everything the script printed.</summary>
    public string Output { get; }

    /// <summary>The script's exit code; -1 when it timed out.</summary>
    public int ExitCode { get; }

    /// <summary>Asserts that the script ran the check and it passed.</summary>
    public void AssertPassed(string check)
    {
        Assert.True(checks.TryGetValue(check, out var result), $"the node script did not run '{check}':\n{Output}");
        Assert.True(result.Ok, $"node script check '{check}' failed: {result.Detail}");
    }

    internal static ScriptChecks Parse(string output, int exitCode)
    {
        var checks = new Dictionary<string, (bool, string?)>(StringComparer.Ordinal);
        foreach (var line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!line.StartsWith('{'))
            {
                continue;
            }
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            checks[root.GetProperty("test").GetString()!] = (root.GetProperty("ok").GetBoolean(), root.GetProperty("detail").GetString());
        }
        return new ScriptChecks(checks, output, exitCode);
    }
}

using System.Diagnostics;
using System.Text;

namespace Mes.OpcUa.Tests.Interop;

/// <summary>A tests/interop/server.js process: started until it prints SERVER_READY, killed (SIGKILL) on demand or dispose.</summary>
internal sealed class NodeServerProcess : IDisposable
{
    private readonly StringBuilder _log = new();
    private Process? _process;

    private NodeServerProcess()
    {
    }

    public string EndpointUrl { get; private set; } = "";

    /// <summary>What the server printed so far.</summary>
    public string Log
    {
        get
        {
            lock (_log) return _log.ToString();
        }
    }

    public static async Task<NodeServerProcess> StartAsync(IEnumerable<string> arguments)
    {
        await NodeRuntime.EnsureInstalledAsync();
        var server = new NodeServerProcess();
        var process = NodeRuntime.Start("node", ["server.js", .. arguments]);
        server._process = process;
        var ready = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            lock (server._log) server._log.AppendLine(e.Data);
            if (e.Data.StartsWith("SERVER_READY ", StringComparison.Ordinal)) ready.TrySetResult(e.Data.Split(' ')[1]);
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null) lock (server._log) server._log.AppendLine(e.Data);
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var exited = process.WaitForExitAsync();
        var first = await Task.WhenAny(ready.Task, exited, Task.Delay(TimeSpan.FromSeconds(90)));
        if (first != ready.Task)
        {
            server.Kill();
            throw new InvalidOperationException($"node-opcua server did not start:\n{server.Log}");
        }
        server.EndpointUrl = await ready.Task;
        return server;
    }

    /// <summary>Kills the process at once (SIGKILL): no goodbye to its clients, like a PLC losing power.</summary>
    public void Kill()
    {
        if (_process is not { } process) return;
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
        process.Dispose();
        _process = null;
    }

    public void Dispose() => Kill();
}

using System.Diagnostics;
using System.Text;

namespace Mes.OpcUa.Tests.Interop;

/// <summary>A node-opcua server (tests/interop/server.js) on a free loopback port, killed on dispose.</summary>
public sealed class NodeOpcUaServer : IAsyncLifetime
{
    private readonly StringBuilder _log = new();
    private Process? _process;

    public string EndpointUrl { get; private set; } = "";

    public async Task InitializeAsync()
    {
        await NodeRuntime.EnsureInstalledAsync();
        var port = NodeRuntime.FreePort();
        _process = NodeRuntime.Start("node", ["server.js", port.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        var ready = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        _process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            lock (_log) _log.AppendLine(e.Data);
            if (e.Data.StartsWith("SERVER_READY ", StringComparison.Ordinal)) ready.TrySetResult(e.Data.Split(' ')[1]);
        };
        _process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null) lock (_log) _log.AppendLine(e.Data);
        };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        var exited = _process.WaitForExitAsync();
        var first = await Task.WhenAny(ready.Task, exited, Task.Delay(TimeSpan.FromSeconds(90)));
        if (first != ready.Task)
        {
            await DisposeAsync();
            lock (_log) throw new InvalidOperationException($"node-opcua server did not start:\n{_log}");
        }
        EndpointUrl = await ready.Task;
    }

    /// <summary>What the server printed so far (shown when a test needs it).</summary>
    public string Log
    {
        get
        {
            lock (_log) return _log.ToString();
        }
    }

    public Task DisposeAsync()
    {
        File.WriteAllText(Path.Combine(NodeRuntime.Home, "server.log"), Log);
        if (_process is { } process)
        {
            try
            {
                if (!process.HasExited) process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
                // Already gone.
            }
            process.Dispose();
            _process = null;
        }
        return Task.CompletedTask;
    }
}

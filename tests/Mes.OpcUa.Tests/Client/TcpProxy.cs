using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Mes.OpcUa.Tests.Client;

/// <summary>
/// A loopback TCP proxy in front of a server, standing in for the factory network: it can drop every connection
/// (a switch rebooting) or freeze them — sockets open, no bytes through — like a pulled cable TCP does not notice.
/// </summary>
internal sealed class TcpProxy : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly int _targetPort;
    private readonly ConcurrentDictionary<Socket, byte> _sockets = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _accepting;
    private volatile TaskCompletionSource _flowing = Flowing();

    public TcpProxy(int targetPort)
    {
        _targetPort = targetPort;
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public string Url => $"opc.tcp://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}";

    private static TaskCompletionSource Flowing()
    {
        var flowing = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        flowing.SetResult();
        return flowing;
    }

    private async Task AcceptAsync()
    {
        while (!_stopping.IsCancellationRequested)
        {
            Socket client;
            try
            {
                client = await _listener.AcceptSocketAsync(_stopping.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }
            var server = new Socket(SocketType.Stream, ProtocolType.Tcp);
            try
            {
                await server.ConnectAsync(IPAddress.Loopback, _targetPort, _stopping.Token);
            }
            catch (Exception e) when (e is SocketException or OperationCanceledException)
            {
                client.Dispose();
                server.Dispose();
                continue;
            }
            _sockets[client] = 0;
            _sockets[server] = 0;
            _ = PumpAsync(client, server);
            _ = PumpAsync(server, client);
        }
    }

    private async Task PumpAsync(Socket from, Socket to)
    {
        var buffer = new byte[16 * 1024];
        try
        {
            while (true)
            {
                var read = await from.ReceiveAsync(buffer, _stopping.Token);
                if (read == 0) break;
                await _flowing.Task.WaitAsync(_stopping.Token);
                await to.SendAsync(buffer.AsMemory(0, read), _stopping.Token);
            }
        }
        catch (Exception e) when (e is SocketException or OperationCanceledException or ObjectDisposedException)
        {
            // One side went away; the other is closed below.
        }
        Close(from);
        Close(to);
    }

    private void Close(Socket socket)
    {
        if (!_sockets.TryRemove(socket, out _)) return;
        socket.Dispose();
    }

    /// <summary>Closes every connection through the proxy at once; new ones are accepted.</summary>
    public void DropAll()
    {
        foreach (var socket in _sockets.Keys) Close(socket);
    }

    /// <summary>Stops passing bytes on, keeping the sockets open.</summary>
    public void Freeze() => _flowing = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Passes bytes on again.</summary>
    public void Thaw() => _flowing.TrySetResult();

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        _listener.Stop();
        await _accepting;
        DropAll();
        _listener.Dispose();
        _stopping.Dispose();
    }
}

using System.Net;
using System.Net.Sockets;

namespace Mes.OpcUa.Transport;

/// <summary>
/// One background thread that waits, in a single poll, for data on the sockets of every client connection of the
/// process, and hands each readable one to its connection on that thread. The runtime's asynchronous sockets cost a
/// pool-thread wake-up, and the pool's spin-waiting after it, for every segment that arrives; at forty Publish responses
/// a second that cost was most of the client's CPU. Here an arrival costs one return from poll, and
/// no thread is held per connection. Sockets are added after their connection's handshake and dropped when it ends.
/// </summary>
internal sealed class ReceivePump
{
    private static readonly Lazy<ReceivePump> Instance = new(() => new ReceivePump());

    private readonly Lock _gate = new();
    private readonly List<IPumpedConnection> _connections = [];
    private readonly Socket _wake = new(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
    private readonly EndPoint _wakeEndpoint;
    private readonly byte[] _wakeBuffer = new byte[16];
    private readonly List<Socket> _ready = [];
    private IPumpedConnection[] _watched = [];
    private bool _changed;
    private int _wakePending;
    private Thread? _thread;

    [ThreadStatic]
    private static bool t_onPump;

    private ReceivePump()
    {
        _wake.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        _wakeEndpoint = _wake.LocalEndPoint!;
    }

    /// <summary>The pump of this process, started on first use.</summary>
    public static ReceivePump Shared => Instance.Value;

    /// <summary>True on the pump's thread, where nothing may block.</summary>
    public static bool IsPumpThread => t_onPump;

    /// <summary>Starts watching <paramref name="connection"/>'s socket.</summary>
    public void Add(IPumpedConnection connection)
    {
        lock (_gate)
        {
            _connections.Add(connection);
            _changed = true;
            if (_thread is null)
            {
                _thread = new Thread(Run) { IsBackground = true, Name = "OPC UA client receive" };
                _thread.Start();
            }
        }
        Wake();
    }

    private void Remove(IPumpedConnection connection)
    {
        lock (_gate)
        {
            _connections.Remove(connection);
            _changed = true;
        }
    }

    /// <summary>Interrupts the poll so that the next one watches the current set of sockets.</summary>
    private void Wake()
    {
        if (Interlocked.Exchange(ref _wakePending, 1) == 0) _wake.SendTo(_wakeBuffer.AsSpan(0, 1), SocketFlags.None, _wakeEndpoint);
    }

    private IPumpedConnection[] Watched()
    {
        lock (_gate)
        {
            if (_changed)
            {
                _watched = [.. _connections];
                _changed = false;
            }
            return _watched;
        }
    }

    private void Run()
    {
        t_onPump = true;
        while (true)
        {
            var watched = Watched();
            _ready.Clear();
            _ready.Add(_wake);
            foreach (var connection in watched) _ready.Add(connection.Socket);
            try
            {
                // The timeout only bounds how long a connection closed from elsewhere can go unnoticed.
                Socket.Select(_ready, null, null, TimeSpan.FromSeconds(1));
            }
            catch (Exception e) when (e is ObjectDisposedException or SocketException)
            {
                // A socket closed between taking the list and polling it; its connection is closed and ends below.
                _ready.Clear();
            }
            if (_ready.Count == 0)
            {
                foreach (var connection in watched)
                {
                    if (connection.IsClosed) Serve(connection);
                }
                continue;
            }
            var next = 0;
            foreach (var socket in _ready)
            {
                if (ReferenceEquals(socket, _wake))
                {
                    DrainWake();
                    continue;
                }
                // Select keeps the ready sockets in the order they were given, so one pass finds their connections.
                while (!ReferenceEquals(watched[next].Socket, socket)) next++;
                Serve(watched[next]);
            }
        }
    }

    private void Serve(IPumpedConnection connection)
    {
        if (!connection.OnReadable()) Remove(connection);
    }

    private void DrainWake()
    {
        Volatile.Write(ref _wakePending, 0);
        while (_wake.Available > 0) _wake.Receive(_wakeBuffer);
    }
}

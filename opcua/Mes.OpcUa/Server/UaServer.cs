using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using Mes.OpcUa.Encoding;
using Mes.OpcUa.Security;
using Mes.OpcUa.Server.Nodes;
using Mes.OpcUa.Services;

namespace Mes.OpcUa.Server;

/// <summary>
/// An OPC UA server on UA-TCP: the endpoints of <see cref="UaServerOptions.Endpoints"/> (SecurityPolicy None,
/// Basic256Sha256, Aes128_Sha256_RsaOaep, Aes256_Sha256_RsaPss in Sign or SignAndEncrypt), GetEndpoints, sessions
/// (anonymous, user name, X509), Browse, Read, Write, Call and subscriptions over the <see cref="AddressSpace"/> the
/// host fills. Each connection is an async task; sampling runs on timers per subscription.
/// </summary>
public sealed class UaServer : IAsyncDisposable
{
    private readonly UaServerOptions _options;
    private readonly ServerContext _state;
    private readonly ServiceDispatcher _dispatcher;
    private readonly ConcurrentDictionary<ServerConnection, Task> _connections = new();
    private readonly CancellationTokenSource _stopping = new();
    private TcpListener? _listener;
    private Task _acceptLoop = Task.CompletedTask;

    /// <summary>Creates a server; the address space is ready to fill before <see cref="StartAsync"/>.</summary>
    /// <exception cref="ArgumentException">A secure endpoint is configured without <see cref="UaServerOptions.Pki"/>.</exception>
    public UaServer(UaServerOptions? options = null)
    {
        _options = options ?? new UaServerOptions();
        if (_options.Endpoints.Count == 0) throw new ArgumentException("UaServerOptions.Endpoints must offer at least one endpoint", nameof(options));
        if (_options.Endpoints.Any(e => e.IsSecure) && _options.Pki is null)
            throw new ArgumentException("secure endpoints need UaServerOptions.Pki, the trust list client certificates are checked against", nameof(options));
        string[] hosts = [_options.HostName ?? _options.ListenAddress.ToString(), "localhost"];
        Certificate = _options.Certificate
            ?? _options.Pki?.LoadOrCreateApplicationCertificate(_options.ApplicationUri, _options.ApplicationName, hosts)
            ?? ApplicationCertificate.CreateSelfSigned(_options.ApplicationUri, _options.ApplicationName, hosts, _options.Clock.GetUtcNow(), TimeSpan.FromDays(365));
        AddressSpace = new AddressSpace(_options.ApplicationUri, _options.Clock);
        StandardNodes.AddServerObject(AddressSpace, _options, _options.Clock.GetUtcNow().UtcDateTime, _options.Clock);
        _state = new ServerContext(_options, AddressSpace, Certificate)
        {
            CertificateRefused = (certificate, status) => CertificateRefused?.Invoke(new RefusedCertificate(certificate?.Thumbprint, certificate?.Subject, status)),
        };
        _dispatcher = new ServiceDispatcher(_state);
    }

    /// <summary>
    /// Raised (on the connection's task) when a client's application certificate is refused on a secure endpoint;
    /// an untrusted one is in the PKI store's rejected/ folder for an administrator to trust.
    /// </summary>
    public event Action<RefusedCertificate>? CertificateRefused;

    /// <summary>The nodes the server exposes.</summary>
    public AddressSpace AddressSpace { get; }

    /// <summary>The application instance certificate (its public part is sent to clients for password encryption).</summary>
    public X509Certificate2 Certificate { get; }

    /// <summary>The endpoint URL, with the actual port once started.</summary>
    public string EndpointUrl => _state.EndpointUrl;

    /// <summary>Sessions open now.</summary>
    public int SessionCount => _state.Sessions.Count;

    /// <summary>Connections open now.</summary>
    public int ConnectionCount => _connections.Count;

    /// <summary>Starts listening.</summary>
    public Task StartAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var listener = new TcpListener(_options.ListenAddress, _options.Port);
        listener.Start();
        _listener = listener;
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var host = _options.HostName ?? (_options.ListenAddress.AddressFamily == AddressFamily.InterNetworkV6 ? $"[{_options.ListenAddress}]" : _options.ListenAddress.ToString());
        _state.EndpointUrl = string.Create(CultureInfo.InvariantCulture, $"opc.tcp://{host}:{port}");
        _state.Sessions.Start();
        _acceptLoop = Task.Run(() => AcceptLoopAsync(listener), CancellationToken.None);
        return Task.CompletedTask;
    }

    private async Task AcceptLoopAsync(TcpListener listener)
    {
        while (!_stopping.IsCancellationRequested)
        {
            Socket socket;
            try
            {
                socket = await listener.AcceptSocketAsync(_stopping.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return;
            }
            socket.NoDelay = true;
            var connection = new ServerConnection(new NetworkStream(socket, ownsSocket: true), _dispatcher, _state);
            if (_connections.Count >= _options.MaxConnections)
            {
                _ = RefuseAsync(connection);
                continue;
            }
            _connections[connection] = RunConnectionAsync(connection);
        }
    }

    private static async Task RefuseAsync(ServerConnection connection)
    {
        await connection.RefuseAsync(StatusCode.BadTcpServerTooBusy, "the server has no room for another connection");
        await connection.DisposeAsync();
    }

    private async Task RunConnectionAsync(ServerConnection connection)
    {
        await Task.Yield();
        try
        {
            await connection.RunAsync(_stopping.Token);
        }
        finally
        {
            _connections.TryRemove(connection, out _);
            await connection.DisposeAsync();
        }
    }

    /// <summary>Stops accepting, closes every connection and session.</summary>
    public async Task StopAsync()
    {
        if (_stopping.IsCancellationRequested) return;
        await _stopping.CancelAsync();
        _listener?.Stop();
        await _acceptLoop;
        await Task.WhenAll(_connections.Values);
        _state.Sessions.Dispose();
    }

    /// <summary>Stops the server.</summary>
    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _listener?.Dispose();
        _stopping.Dispose();
        if (_options.Certificate is null) Certificate.Dispose();
    }
}

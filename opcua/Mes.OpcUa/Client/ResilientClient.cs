using System.Net.Sockets;
using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Mes.OpcUa.Encoding;

namespace Mes.OpcUa.Client;

/// <summary>
/// A long-lived connection to one OPC UA server that survives the network and the server: it connects (retrying
/// with <see cref="ReconnectPolicy"/> until it succeeds), creates one subscription over the given items, watches the
/// keep-alives, and when the connection is lost reconnects with back-off — reactivating the session and republishing
/// what the server sent meanwhile, else transferring or recreating the subscription — while
/// <see cref="ReadChangesAsync"/> goes on as one stream. <see cref="State"/>, <see cref="StateChanged"/> and
/// <see cref="ReadStatesAsync"/> say whether the machine is reachable.
/// </summary>
public sealed class ResilientClient : IAsyncDisposable
{
    private readonly string _endpointUrl;
    private readonly UaClientOptions _options;
    private readonly IReadOnlyList<MonitoredNode> _items;
    private readonly SubscriptionOptions _subscriptionOptions;
    private readonly ReconnectPolicy _policy;
    private readonly CancellationTokenSource _stopping = new();
    private readonly TaskCompletionSource<UaSubscription> _subscription = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Channel<ConnectionState> _states = Channel.CreateBounded<ConnectionState>(
        new BoundedChannelOptions(64) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });
    private TaskCompletionSource<StatusCode> _lost = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private ConnectionState _state = new ConnectionState.Disconnected(StatusCode.BadNotConnected);
    private UaClient? _client;
    private Task _run = Task.CompletedTask;
    private int _started;

    /// <summary>Prepares the connection; nothing happens before <see cref="Start"/>.</summary>
    /// <param name="endpointUrl">The server, e.g. <c>opc.tcp://plc-01:4840</c>.</param>
    /// <param name="options">Security, identity, PKI, timeouts and the clock (tests pass a fake one).</param>
    /// <param name="items">What to monitor; the subscription is created after each new session. Empty: no subscription.</param>
    /// <param name="subscription">Publishing parameters.</param>
    /// <param name="reconnect">The back-off between attempts.</param>
    public ResilientClient(string endpointUrl, UaClientOptions? options = null, IReadOnlyList<MonitoredNode>? items = null,
        SubscriptionOptions? subscription = null, ReconnectPolicy? reconnect = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(endpointUrl);
        _endpointUrl = endpointUrl;
        _options = options ?? new UaClientOptions();
        _items = items ?? [];
        _subscriptionOptions = subscription ?? new SubscriptionOptions();
        _policy = reconnect ?? new ReconnectPolicy();
    }

    /// <summary>The current state.</summary>
    public ConnectionState State => Volatile.Read(ref _state);

    /// <summary>Raised on every state change, on the client's own task (marshal to your context).</summary>
    public event Action<ConnectionState>? StateChanged;

    /// <summary>The session for reads, writes and calls; null before the first connection. Its calls fail while reconnecting.</summary>
    public UaClient? Client => Volatile.Read(ref _client);

    /// <summary>The monitored items the server accepted in the current subscription (per-item refusals are left out).</summary>
    public IReadOnlyList<MonitoredItemResult> Items => _subscription.Task.IsCompletedSuccessfully ? _subscription.Task.Result.Items : [];

    /// <summary>Notification messages that were missed and could not be republished (gaps the consumer will see).</summary>
    public long LostMessageCount => _subscription.Task.IsCompletedSuccessfully ? _subscription.Task.Result.LostMessageCount : 0;

    /// <summary>Starts connecting in the background.</summary>
    public void Start()
    {
        if (Interlocked.Exchange(ref _started, 1) != 0) return;
        _run = Task.Run(RunAsync, CancellationToken.None);
    }

    /// <summary>
    /// The data changes of the subscription, one batch per notification message, in order, across reconnections:
    /// republished messages arrive before newer ones; after a <see cref="SessionResumption.Recreated"/> subscription
    /// every item reports its current value first. A batch is recycled when the enumerator moves on. Ends when the
    /// client is disposed. One reader at a time.
    /// </summary>
    public async IAsyncEnumerable<DataChangeBatch> ReadChangesAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (_items.Count == 0) throw new InvalidOperationException("the client monitors no items");
        var subscription = await _subscription.Task.WaitAsync(cancellationToken);
        await foreach (var batch in subscription.ReadChangesAsync(cancellationToken)) yield return batch;
    }

    /// <summary>Every state change as it happens (the oldest are dropped if nobody reads). One reader at a time.</summary>
    public IAsyncEnumerable<ConnectionState> ReadStatesAsync(CancellationToken cancellationToken = default) => _states.Reader.ReadAllAsync(cancellationToken);

    private async Task RunAsync()
    {
        var stopping = _stopping.Token;
        var attempt = 0;
        var lastError = StatusCode.Good;
        var reason = "";
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                if (attempt > 0)
                {
                    var delay = _policy.DelayBefore(attempt, Random.Shared.NextDouble());
                    SetState(new ConnectionState.Reconnecting(attempt, lastError, reason, delay, _options.Clock.GetUtcNow() + delay));
                    await Task.Delay(delay, _options.Clock, stopping);
                }
                _lost = new TaskCompletionSource<StatusCode>(TaskCreationOptions.RunContinuationsAsynchronously);
                var resumption = await ConnectOrResumeAsync(stopping);
                attempt = 0;
                SetState(new ConnectionState.Connected(resumption, _options.Clock.GetUtcNow()));
                lastError = await _lost.Task.WaitAsync(stopping);
                reason = $"the connection was lost ({lastError.Name})";
                attempt = 1;
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e) when (e is ServiceResultException or IOException or SocketException or OperationCanceledException or TimeoutException)
            {
                lastError = e is ServiceResultException service ? service.StatusCode : StatusCode.BadCommunicationError;
                reason = e.Message;
                attempt++;
            }
        }
        SetState(new ConnectionState.Disconnected(StatusCode.BadShutdown));
        _states.Writer.TryComplete();
    }

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Reliability", "CA2000", Justification = "The client is kept until DisposeAsync, or disposed on failure.")]
    private async Task<SessionResumption> ConnectOrResumeAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _client) is { } existing) return await existing.ReconnectAsync(cancellationToken);
        var client = await UaClient.ConnectAsync(_endpointUrl, _options, cancellationToken);
        try
        {
            client.KeepsSubscriptionsWhenDisconnected = true;
            client.ConnectionLost += status => _lost.TrySetResult(status);
            if (_items.Count > 0) _subscription.TrySetResult(await client.SubscribeAsync(_items, _subscriptionOptions, cancellationToken));
            if (!client.IsConnected) throw new ServiceResultException(StatusCode.BadConnectionClosed, "the connection closed while subscribing");
        }
        catch
        {
            await client.DisposeAsync();
            throw;
        }
        Volatile.Write(ref _client, client);
        return SessionResumption.NewSession;
    }

    private void SetState(ConnectionState state)
    {
        Volatile.Write(ref _state, state);
        _states.Writer.TryWrite(state);
        StateChanged?.Invoke(state);
    }

    /// <summary>Stops reconnecting, closes the session and ends <see cref="ReadChangesAsync"/>.</summary>
    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        await _run;
        if (Volatile.Read(ref _client) is { } client) await client.DisposeAsync();
        _subscription.TrySetCanceled();
        _stopping.Dispose();
    }
}

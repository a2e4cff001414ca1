using System.Collections.Concurrent;
using System.Security.Cryptography;
using Mes.OpcUa.Encoding;

namespace Mes.OpcUa.Server.Sessions;

/// <summary>The server's sessions by authentication token, with the timeout sweep and server-wide id counters.</summary>
internal sealed class SessionTable(UaServerOptions options) : IDisposable
{
    private readonly ConcurrentDictionary<NodeId, Session> _sessions = new();
    private int _subscriptionId;
    private int _monitoredItemId;
    private ITimer? _sweep;

    public int Count => _sessions.Count;

    public void Start() =>
        _sweep = options.Clock.CreateTimer(_ => Sweep(), null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));

    public uint NextSubscriptionId() => (uint)Interlocked.Increment(ref _subscriptionId);

    public uint NextMonitoredItemId() => (uint)Interlocked.Increment(ref _monitoredItemId);

    public Session Create(string? name, TimeSpan timeout, uint channelId)
    {
        if (_sessions.Count >= options.MaxSessions)
            throw new ServiceResultException(StatusCode.BadTooManySessions, $"the server already has {_sessions.Count} sessions");
        var session = new Session(new NodeId(Guid.NewGuid(), 1), new NodeId(RandomNumberGenerator.GetBytes(32), 0), name, timeout,
            RandomNumberGenerator.GetBytes(32), channelId, options);
        _sessions[session.AuthenticationToken] = session;
        return session;
    }

    public Session? Find(NodeId authenticationToken) => _sessions.GetValueOrDefault(authenticationToken);

    public void Remove(Session session)
    {
        _sessions.TryRemove(session.AuthenticationToken, out _);
        session.Close();
    }

    private void Sweep()
    {
        foreach (var session in _sessions.Values.Where(s => s.IsExpired).ToArray()) Remove(session);
    }

    public void Dispose()
    {
        _sweep?.Dispose();
        foreach (var session in _sessions.Values.ToArray()) Remove(session);
    }
}

namespace Mes.OpcUa.Client;

/// <summary>The publishing parameters asked for when creating a subscription (the server revises them).</summary>
public sealed record SubscriptionOptions
{
    /// <summary>How often the server sends what changed.</summary>
    public TimeSpan PublishingInterval { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>After this many empty intervals the server sends a keep-alive.</summary>
    public uint MaxKeepAliveCount { get; init; } = 10;

    /// <summary>After this many intervals without a Publish request the server drops the subscription (≥ 3 × keep-alive count).</summary>
    public uint LifetimeCount { get; init; } = 60;

    /// <summary>Most notifications per Publish response (0 = no limit).</summary>
    public uint MaxNotificationsPerPublish { get; init; }

    /// <summary>Relative priority among the session's subscriptions.</summary>
    public byte Priority { get; init; }
}

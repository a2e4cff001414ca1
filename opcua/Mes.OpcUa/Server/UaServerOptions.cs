using System.Net;
using System.Security.Cryptography.X509Certificates;
using Mes.OpcUa.Encoding;
using Mes.OpcUa.SecureChannel;
using Mes.OpcUa.Security;
using Mes.OpcUa.Transport;

namespace Mes.OpcUa.Server;

/// <summary>How a <see cref="UaServer"/> listens and what it allows.</summary>
public sealed record UaServerOptions
{
    /// <summary>The address to listen on; loopback by default.</summary>
    public IPAddress ListenAddress { get; init; } = IPAddress.Loopback;

    /// <summary>The TCP port; 0 picks a free one (see <see cref="UaServer.EndpointUrl"/>).</summary>
    public int Port { get; init; } = EndpointUrl.DefaultPort;

    /// <summary>The host name written in endpoint URLs; the listen address when null.</summary>
    public string? HostName { get; init; }

    /// <summary>The application URI (also the SAN URI of the certificate and the server's own namespace, index 1).</summary>
    public string ApplicationUri { get; init; } = "urn:zone-mes:opcua-server";

    /// <summary>The product URI.</summary>
    public string ProductUri { get; init; } = "urn:zone-mes:opcua";

    /// <summary>The display name.</summary>
    public string ApplicationName { get; init; } = "Zone MES OPC UA server";

    /// <summary>The manufacturer in BuildInfo.</summary>
    public string ManufacturerName { get; init; } = "Zone MES";

    /// <summary>The software version in BuildInfo.</summary>
    public string SoftwareVersion { get; init; } = "1.0";

    /// <summary>
    /// The application instance certificate with private key. When null it is taken from <see cref="Pki"/> (created
    /// there on first run), or made in memory when there is no PKI store either.
    /// </summary>
    public X509Certificate2? Certificate { get; init; }

    /// <summary>The endpoints offered: security policy and mode pairs. Anything but None needs <see cref="Pki"/>.</summary>
    public IReadOnlyList<EndpointSecurity> Endpoints { get; init; } = [EndpointSecurity.None];

    /// <summary>
    /// The PKI store: the server's own certificate and the trust list client application certificates are checked
    /// against on secure endpoints (an untrusted one is refused and written to rejected/).
    /// </summary>
    public PkiStore? Pki { get; init; }

    /// <summary>The trust list for X509 user identity tokens; when null the endpoints offer no X509 user token.</summary>
    public PkiStore? UserPki { get; init; }

    /// <summary>Whether anonymous sessions are allowed.</summary>
    public bool AllowAnonymous { get; init; } = true;

    /// <summary>Validates user names and passwords; when null the endpoint offers no user name token.</summary>
    public UserValidator? UserValidator { get; init; }

    /// <summary>Most sessions at once.</summary>
    public int MaxSessions { get; init; } = 100;

    /// <summary>Most subscriptions per session.</summary>
    public int MaxSubscriptionsPerSession { get; init; } = 50;

    /// <summary>Most monitored items per subscription.</summary>
    public int MaxMonitoredItemsPerSubscription { get; init; } = 100_000;

    /// <summary>Most Publish requests a session may park; one more is answered BadTooManyPublishRequests.</summary>
    public int MaxPublishRequestsPerSession { get; init; } = 10;

    /// <summary>Notification messages kept per subscription for Republish until acknowledged.</summary>
    public int MaxRetransmissionQueueLength { get; init; } = 20;

    /// <summary>The fastest publishing interval granted.</summary>
    public TimeSpan MinimumPublishingInterval { get; init; } = TimeSpan.FromMilliseconds(10);

    /// <summary>The fastest sampling interval granted.</summary>
    public TimeSpan MinimumSamplingInterval { get; init; } = TimeSpan.FromMilliseconds(10);

    /// <summary>The shortest and longest session timeout granted.</summary>
    public TimeSpan MinimumSessionTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>The longest session timeout granted.</summary>
    public TimeSpan MaximumSessionTimeout { get; init; } = TimeSpan.FromHours(1);

    /// <summary>Browse continuation points per session.</summary>
    public int MaxBrowseContinuationPoints { get; init; } = 10;

    /// <summary>References returned per node when the client asks for "no limit".</summary>
    public int MaxReferencesPerNode { get; init; } = 1000;

    /// <summary>Operation limits per service call.</summary>
    public OperationLimits OperationLimits { get; init; } = new();

    /// <summary>UA-TCP buffer sizes and limits offered in Acknowledge.</summary>
    public TransportLimits TransportLimits { get; init; } = TransportLimits.Default;

    /// <summary>Decoding limits for requests.</summary>
    public EncodingLimits EncodingLimits { get; init; } = EncodingLimits.Default;

    /// <summary>The shortest and longest secure channel token lifetime granted.</summary>
    public TimeSpan MaximumTokenLifetime { get; init; } = TimeSpan.FromHours(1);

    /// <summary>The shortest token lifetime granted.</summary>
    public TimeSpan MinimumTokenLifetime { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Most connections at once; more are refused with BadTcpServerTooBusy.</summary>
    public int MaxConnections { get; init; } = 200;

    /// <summary>The clock.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;
}

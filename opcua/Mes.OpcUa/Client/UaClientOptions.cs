using Mes.OpcUa.Encoding;
using Mes.OpcUa.SecureChannel;
using Mes.OpcUa.Security;
using Mes.OpcUa.Transport;

namespace Mes.OpcUa.Client;

/// <summary>How a <see cref="UaClient"/> connects and behaves.</summary>
public sealed record UaClientOptions
{
    /// <summary>The client's application URI (also the SAN URI of its application instance certificate).</summary>
    public string ApplicationUri { get; init; } = "urn:zone-mes:opcua-client";

    /// <summary>The client's product URI.</summary>
    public string ProductUri { get; init; } = "urn:zone-mes:opcua";

    /// <summary>The client's display name.</summary>
    public string ApplicationName { get; init; } = "Zone MES OPC UA client";

    /// <summary>The session name the server shows.</summary>
    public string SessionName { get; init; } = "Zone MES session";

    /// <summary>The user identity.</summary>
    public UserIdentity Identity { get; init; } = UserIdentity.Anonymous;

    /// <summary>The security policy and mode of the endpoint to use; the server must offer exactly this pair.</summary>
    public EndpointSecurity Security { get; init; } = EndpointSecurity.None;

    /// <summary>
    /// The PKI store: the client's own certificate (created there on first use) and the trust list the server's
    /// certificate is checked against. Required for any <see cref="Security"/> but None; when set, a server
    /// certificate used to encrypt a password on a None endpoint is checked too.
    /// </summary>
    public PkiStore? Pki { get; init; }

    /// <summary>Refuse a server whose certificate does not name the host dialled (BadCertificateHostNameInvalid).</summary>
    public bool CheckServerHostName { get; init; } = true;

    /// <summary>How long a request may wait for its response.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>The session timeout asked for; the client keeps the session alive when idle.</summary>
    public TimeSpan SessionTimeout { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>The security token lifetime asked for; the token is renewed at 75 % of the revised lifetime.</summary>
    public TimeSpan SecureChannelLifetime { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>How many Publish requests to keep outstanding while subscriptions exist.</summary>
    public int PublishRequestCount { get; init; } = 3;

    /// <summary>The UA-TCP buffer sizes and limits proposed in Hello.</summary>
    public TransportLimits TransportLimits { get; init; } = TransportLimits.Default;

    /// <summary>Decoding limits for responses.</summary>
    public EncodingLimits EncodingLimits { get; init; } = EncodingLimits.Default;

    /// <summary>The clock (tests pass a fake one).</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;
}

using Mes.OpcUa.SecureChannel;
using Mes.OpcUa.Types;

namespace Mes.OpcUa.Services;

/// <summary>What the channel a request came on is secured with, as the session services need it.</summary>
/// <param name="Policy">The channel's security policy.</param>
/// <param name="Mode">None, Sign or SignAndEncrypt.</param>
/// <param name="ClientCertificate">The certificate the client opened the channel with; null under SecurityPolicy None.</param>
internal sealed record ChannelSecurity(ISecurityPolicy Policy, MessageSecurityMode Mode, byte[]? ClientCertificate)
{
    public static ChannelSecurity None { get; } = new(NoSecurityPolicy.Instance, MessageSecurityMode.None, null);

    public bool IsSecure => Mode is MessageSecurityMode.Sign or MessageSecurityMode.SignAndEncrypt;

    /// <summary>A None channel on a server without a None endpoint: good for GetEndpoints only.</summary>
    public bool DiscoveryOnly { get; init; }
}

using Mes.OpcUa.Types;

namespace Mes.OpcUa.SecureChannel;

/// <summary>
/// A security policy and message security mode: what a server offers per endpoint and what a client asks for.
/// SecurityPolicy None goes with mode None only; every other policy with Sign or SignAndEncrypt.
/// </summary>
/// <param name="PolicyUri">The security policy URI (see <see cref="SecurityPolicyUris"/>).</param>
/// <param name="Mode">The message security mode.</param>
public sealed record EndpointSecurity(string PolicyUri, MessageSecurityMode Mode)
{
    /// <summary>No security.</summary>
    public static EndpointSecurity None { get; } = new(SecurityPolicyUris.None, MessageSecurityMode.None);

    /// <summary>Basic256Sha256, signed.</summary>
    public static EndpointSecurity Basic256Sha256Sign { get; } = new(SecurityPolicyUris.Basic256Sha256, MessageSecurityMode.Sign);

    /// <summary>Basic256Sha256, signed and encrypted.</summary>
    public static EndpointSecurity Basic256Sha256SignAndEncrypt { get; } = new(SecurityPolicyUris.Basic256Sha256, MessageSecurityMode.SignAndEncrypt);

    /// <summary>Aes128_Sha256_RsaOaep, signed.</summary>
    public static EndpointSecurity Aes128Sha256RsaOaepSign { get; } = new(SecurityPolicyUris.Aes128Sha256RsaOaep, MessageSecurityMode.Sign);

    /// <summary>Aes128_Sha256_RsaOaep, signed and encrypted.</summary>
    public static EndpointSecurity Aes128Sha256RsaOaepSignAndEncrypt { get; } = new(SecurityPolicyUris.Aes128Sha256RsaOaep, MessageSecurityMode.SignAndEncrypt);

    /// <summary>Aes256_Sha256_RsaPss, signed.</summary>
    public static EndpointSecurity Aes256Sha256RsaPssSign { get; } = new(SecurityPolicyUris.Aes256Sha256RsaPss, MessageSecurityMode.Sign);

    /// <summary>Aes256_Sha256_RsaPss, signed and encrypted.</summary>
    public static EndpointSecurity Aes256Sha256RsaPssSignAndEncrypt { get; } = new(SecurityPolicyUris.Aes256Sha256RsaPss, MessageSecurityMode.SignAndEncrypt);

    private static readonly EndpointSecurity[] Ordered =
    [
        None, Aes128Sha256RsaOaepSign, Basic256Sha256Sign, Aes256Sha256RsaPssSign,
        Aes128Sha256RsaOaepSignAndEncrypt, Basic256Sha256SignAndEncrypt, Aes256Sha256RsaPssSignAndEncrypt,
    ];

    /// <summary>Every combination the stack implements, weakest first.</summary>
    public static IReadOnlyList<EndpointSecurity> All => Ordered;

    /// <summary>The policy's short name, e.g. <c>Basic256Sha256</c>.</summary>
    public string PolicyName => PolicyUri[(PolicyUri.LastIndexOf('#') + 1)..];

    /// <summary>True when messages are signed (and maybe encrypted).</summary>
    public bool IsSecure => Mode is MessageSecurityMode.Sign or MessageSecurityMode.SignAndEncrypt;

    /// <summary>The endpoint's security level for GetEndpoints: its rank in <see cref="All"/>, so encryption outranks signing.</summary>
    public byte SecurityLevel => (byte)Math.Max(0, Array.IndexOf(Ordered, this));

    /// <summary>
    /// Reads a policy (short name such as <c>Basic256Sha256</c> or full URI) and a mode (<c>None</c>, <c>Sign</c>,
    /// <c>SignAndEncrypt</c>), as typed on a command line or in configuration.
    /// </summary>
    /// <exception cref="ArgumentException">The policy or mode is unknown, or the two do not go together; the message names which.</exception>
    public static EndpointSecurity Parse(string policy, string mode)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(mode);
        var uri = All.Select(e => e.PolicyUri).FirstOrDefault(u => u == policy || u.EndsWith("#" + policy, StringComparison.OrdinalIgnoreCase))
            ?? throw new ArgumentException($"security policy '{policy}' is not one of {string.Join(", ", All.Select(e => e.PolicyName).Distinct())}", nameof(policy));
        if (!Enum.TryParse<MessageSecurityMode>(mode, ignoreCase: true, out var parsed) || parsed == MessageSecurityMode.Invalid || !Enum.IsDefined(parsed))
            throw new ArgumentException($"security mode '{mode}' is not one of None, Sign, SignAndEncrypt", nameof(mode));
        var security = new EndpointSecurity(uri, parsed);
        if (!All.Contains(security))
            throw new ArgumentException($"security policy {security.PolicyName} cannot be used with mode {parsed} (None goes with None only)", nameof(mode));
        return security;
    }

    /// <inheritdoc />
    public override string ToString() => $"{PolicyName} {Mode}";
}

using Mes.OpcUa.SecureChannel;
using Mes.OpcUa.Types;

namespace Mes.PlcSimulator.Host;

/// <summary>How the simulator's OPC UA server is secured, as a PLC would be configured.</summary>
/// <param name="Modes">The message security modes offered; each secure mode is offered with every RSA policy the stack has.</param>
/// <param name="UserName">The user a client may log in as (password from MES_OPCUA_PASSWORD); null offers no user name login.</param>
/// <param name="AllowAnonymous">Whether anonymous sessions are allowed (real PLCs ship with them off).</param>
/// <param name="PkiPath">The PKI store: the simulator's certificate and the clients it trusts.</param>
/// <param name="AutoAcceptClients">Trust every client certificate on first sight (development only).</param>
public sealed record ServerSecurity(IReadOnlyList<MessageSecurityMode> Modes, string? UserName, bool AllowAnonymous, string PkiPath, bool AutoAcceptClients)
{
    /// <summary>The PKI store when --pki is not given, relative to the working folder (./mes runs from the repository root).</summary>
    public const string DefaultPki = ".mes/pki/simulator";

    /// <summary>None, Sign and SignAndEncrypt, anonymous allowed, no user name login.</summary>
    public static ServerSecurity Default { get; } =
        new([MessageSecurityMode.None, MessageSecurityMode.Sign, MessageSecurityMode.SignAndEncrypt], null, true, DefaultPki, false);

    /// <summary>The endpoints the modes stand for.</summary>
    public IReadOnlyList<EndpointSecurity> Endpoints => EndpointSecurity.All.Where(e => Modes.Contains(e.Mode)).ToArray();

    /// <inheritdoc />
    public bool Equals(ServerSecurity? other) =>
        other is not null && Modes.SequenceEqual(other.Modes) && UserName == other.UserName && AllowAnonymous == other.AllowAnonymous &&
        PkiPath == other.PkiPath && AutoAcceptClients == other.AutoAcceptClients;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Modes.Count, UserName, AllowAnonymous, PkiPath, AutoAcceptClients);
}

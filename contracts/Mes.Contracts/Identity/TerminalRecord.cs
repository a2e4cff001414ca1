namespace Mes.Contracts.Identity;

/// <summary>A workstation terminal's device credential: the terminal is bound to one workstation.</summary>
/// <param name="TerminalId">The public half of the credential; the grain key without its prefix.</param>
/// <param name="WorkstationId">The workstation the terminal stands at, e.g. <c>smt-01-placer-1</c>.</param>
/// <param name="Name">A label for people, e.g. the asset tag of the device.</param>
/// <param name="SecretHash">The encoded hash of the secret half. Never the secret.</param>
/// <param name="ProvisionedAt">When the credential was issued (UTC).</param>
/// <param name="RevokedAt">When it was revoked (UTC); <c>null</c> while it is valid.</param>
[GenerateSerializer, Immutable, Alias("mes.identity.terminal-record")]
public sealed record TerminalRecord(
    [property: Id(0)] string TerminalId,
    [property: Id(1)] string WorkstationId,
    [property: Id(2)] string Name,
    [property: Id(3)] string SecretHash,
    [property: Id(4)] DateTimeOffset ProvisionedAt,
    [property: Id(5)] DateTimeOffset? RevokedAt)
{
    /// <summary>Whether the terminal still authenticates.</summary>
    public bool IsActive => RevokedAt is null;
}

using System.Collections.Immutable;

namespace Mes.Contracts.Identity;

/// <summary>A person who signs in to the MES: dashboard users log in with a password, operators by badge.</summary>
/// <param name="Username">The login name (the grain key without its prefix).</param>
/// <param name="DisplayName">The name shown on screens and in the journal.</param>
/// <param name="Roles">The roles granted, e.g. <c>supervisor</c>.</param>
/// <param name="PasswordHash">The encoded password hash; <c>null</c> for badge-only accounts. Never the password.</param>
/// <param name="Badge">The normalised badge number, when the person logs in by badge at terminals.</param>
/// <param name="CreatedAt">When the account was created (UTC).</param>
/// <param name="DisabledAt">When the account was disabled (UTC); <c>null</c> while it is active.</param>
[GenerateSerializer, Immutable, Alias("mes.identity.user-account-record")]
public sealed record UserAccount(
    [property: Id(0)] string Username,
    [property: Id(1)] string DisplayName,
    [property: Id(2)] ImmutableArray<string> Roles,
    [property: Id(3)] string? PasswordHash,
    [property: Id(4)] string? Badge,
    [property: Id(5)] DateTimeOffset CreatedAt,
    [property: Id(6)] DateTimeOffset? DisabledAt)
{
    /// <summary>Whether the account may still sign in.</summary>
    public bool IsActive => DisabledAt is null;
}

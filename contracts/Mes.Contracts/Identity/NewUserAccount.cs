using System.Collections.Immutable;

namespace Mes.Contracts.Identity;

/// <summary>Creates a user account; the username is the grain key.</summary>
/// <param name="DisplayName">The name shown on screens.</param>
/// <param name="Roles">The roles to grant.</param>
/// <param name="PasswordHash">The encoded password hash, or <c>null</c> for a badge-only account.</param>
/// <param name="Badge">A badge number to reserve for the account, or <c>null</c>.</param>
[GenerateSerializer, Immutable, Alias("mes.identity.new-user-account")]
public sealed record NewUserAccount(
    [property: Id(0)] string DisplayName,
    [property: Id(1)] ImmutableArray<string> Roles,
    [property: Id(2)] string? PasswordHash,
    [property: Id(3)] string? Badge);

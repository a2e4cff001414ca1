using System.Collections.Immutable;

namespace Mes.Contracts.Identity;

/// <summary>An API key an integration (ERP, customs system, reporting) authenticates with.</summary>
/// <param name="KeyId">The public half of the key; the grain key without its prefix.</param>
/// <param name="Name">What the key is for, e.g. <c>erp-sync</c>.</param>
/// <param name="Roles">The roles the key grants.</param>
/// <param name="SecretHash">The encoded hash of the secret half. Never the secret.</param>
/// <param name="CreatedAt">When the key was created (UTC).</param>
/// <param name="RevokedAt">When the key was revoked (UTC); <c>null</c> while it is valid.</param>
[GenerateSerializer, Immutable, Alias("mes.identity.api-key-record")]
public sealed record ApiKeyRecord(
    [property: Id(0)] string KeyId,
    [property: Id(1)] string Name,
    [property: Id(2)] ImmutableArray<string> Roles,
    [property: Id(3)] string SecretHash,
    [property: Id(4)] DateTimeOffset CreatedAt,
    [property: Id(5)] DateTimeOffset? RevokedAt)
{
    /// <summary>Whether the key still authenticates.</summary>
    public bool IsActive => RevokedAt is null;
}

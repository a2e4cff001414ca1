using System.Collections.Immutable;

namespace Mes.Contracts.Identity;

/// <summary>Creates an API key record; the key id is the grain key.</summary>
/// <param name="Name">What the key is for.</param>
/// <param name="Roles">The roles the key grants.</param>
/// <param name="SecretHash">The encoded hash of the secret half.</param>
[GenerateSerializer, Immutable, Alias("mes.identity.new-api-key")]
public sealed record NewApiKey(
    [property: Id(0)] string Name,
    [property: Id(1)] ImmutableArray<string> Roles,
    [property: Id(2)] string SecretHash);

namespace Mes.Contracts.Identity;

/// <summary>Provisions a terminal credential; the terminal id is the grain key.</summary>
/// <param name="WorkstationId">The workstation the terminal is bound to.</param>
/// <param name="Name">A label for people.</param>
/// <param name="SecretHash">The encoded hash of the secret half.</param>
[GenerateSerializer, Immutable, Alias("mes.identity.new-terminal")]
public sealed record NewTerminal(
    [property: Id(0)] string WorkstationId,
    [property: Id(1)] string Name,
    [property: Id(2)] string SecretHash);

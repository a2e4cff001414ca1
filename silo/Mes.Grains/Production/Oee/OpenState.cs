namespace Mes.Grains.Production.Oee;

/// <summary>The state a workstation's machine is in now and since when: the interval still running.</summary>
/// <param name="State">The E10 state's name.</param>
/// <param name="Since">When it began (UTC).</param>
/// <param name="Until">Now (UTC), when the interval was read.</param>
[GenerateSerializer, Immutable, Alias("mes.production.open-state")]
public sealed record OpenState(
    [property: Id(0)] string State,
    [property: Id(1)] DateTimeOffset Since,
    [property: Id(2)] DateTimeOffset Until);

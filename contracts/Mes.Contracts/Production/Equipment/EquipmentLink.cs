namespace Mes.Contracts.Production.Equipment;

/// <summary>The link between a workstation and its machine's OPC UA server, as the equipment agent sees it.</summary>
/// <param name="Endpoint">The OPC UA endpoint URL.</param>
/// <param name="State">Connecting, connected or disconnected.</param>
/// <param name="Since">Since when the link is in <paramref name="State"/> (UTC).</param>
/// <param name="Problem">Why it is not connected (the OPC UA status or socket error), or null.</param>
[GenerateSerializer, Immutable, Alias("mes.production.equipment-link")]
public sealed record EquipmentLink(
    [property: Id(0)] string Endpoint,
    [property: Id(1)] EquipmentLinkState State,
    [property: Id(2)] DateTimeOffset Since,
    [property: Id(3)] string? Problem);

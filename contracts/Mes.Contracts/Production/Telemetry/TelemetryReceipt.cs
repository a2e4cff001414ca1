namespace Mes.Contracts.Production.Telemetry;

/// <summary>What a workstation made of a telemetry batch.</summary>
/// <param name="Folded">Values decoded and folded into the workstation.</param>
/// <param name="Skipped">Values kept only in the raw history: not Good, unmapped nodes (process values such
/// as oven zone temperatures), or undecodable.</param>
/// <param name="Events">Events the batch made happen (state changes, downtime, count advances, …).</param>
/// <param name="Problems">The first few decoding problems in words, for the agent's log.</param>
[GenerateSerializer, Immutable, Alias("mes.production.telemetry-receipt")]
public sealed record TelemetryReceipt(
    [property: Id(0)] int Folded,
    [property: Id(1)] int Skipped,
    [property: Id(2)] int Events,
    [property: Id(3)] IReadOnlyList<string> Problems);

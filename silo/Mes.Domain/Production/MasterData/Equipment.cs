using Mes.Domain.Production.Machines;

namespace Mes.Domain.Production.MasterData;

/// <summary>
/// The machine behind a workstation: its OPC UA endpoint and namespace, the node id of each signal
/// (slot signals as templates with <c>{slot}</c>), and the ideal cycle time per unit in seconds.
/// </summary>
public sealed record Equipment(
    string WorkstationId,
    string Endpoint,
    string NamespaceUri,
    decimal IdealCycleSeconds,
    IReadOnlyDictionary<SignalKind, string> Nodes);

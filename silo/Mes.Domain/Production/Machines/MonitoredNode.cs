namespace Mes.Domain.Production.Machines;

/// <summary>
/// A value the MES subscribes to on a machine: the string identifier of the OPC UA node in its
/// namespace (the namespace index is the server's business and may change across restarts, so the
/// MES keeps the URI).
/// </summary>
/// <param name="WorkstationId">The workstation the value belongs to.</param>
/// <param name="NamespaceUri">The namespace of the node id.</param>
/// <param name="Identifier">The string identifier, e.g. <c>smt-01-placer-1.Slots.1.Picks</c>.</param>
public sealed record MonitoredNode(string WorkstationId, string NamespaceUri, string Identifier);

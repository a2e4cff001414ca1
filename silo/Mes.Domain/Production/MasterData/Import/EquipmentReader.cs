using Mes.Domain.Production.Machines;

namespace Mes.Domain.Production.MasterData.Import;

/// <summary>
/// Reads equipment.json: per workstation the OPC UA endpoint and namespace URI, the ideal cycle time and
/// the node id of each signal (slot signals as templates containing {slot}).
/// </summary>
internal static class EquipmentReader
{
    public static IReadOnlyList<Equipment> Read(IReadOnlyList<SourceRecord> records, IReadOnlyList<WorkstationDefinition> workstations)
    {
        var equipment = records.Select(r => new Located<Equipment>(Equipment(r, workstations), r)).ToList();
        return LocatedChecks.Unique(equipment, e => e.WorkstationId, "workstation", "equipment for workstation");
    }

    private static Equipment Equipment(SourceRecord record, IReadOnlyList<WorkstationDefinition> workstations)
    {
        var workstationId = record.Text("workstation");
        if (workstationId.Length > 0 && workstations.All(w => w.Id != workstationId))
        {
            record.Error("workstation", $"workstation {workstationId} is not in plant.json");
        }

        var endpoint = record.Text("endpoint");
        if (endpoint.Length > 0 && !endpoint.StartsWith("opc.tcp://", StringComparison.Ordinal))
        {
            record.Error("endpoint", $"'{endpoint}' is not an opc.tcp:// endpoint URL");
        }

        var idealCycle = record.Decimal("idealCycleSeconds");
        if (idealCycle <= 0)
        {
            record.Error("idealCycleSeconds", "must be more than 0");
        }

        var nodes = new Dictionary<SignalKind, string>();
        foreach (var (name, nodeId) in record.Pairs("nodes"))
        {
            if (!Enum.TryParse<SignalKind>(name, ignoreCase: false, out var kind) || !Enum.IsDefined(kind))
            {
                record.Error($"nodes.{name}", $"is not a signal; expected one of {string.Join(", ", Enum.GetNames<SignalKind>())}");
                continue;
            }

            if (kind.IsPerSlot() != nodeId.Contains("{slot}", StringComparison.Ordinal))
            {
                record.Error($"nodes.{name}", kind.IsPerSlot() ? "a slot signal needs {slot} in its node id" : "only slot signals take {slot}");
                continue;
            }

            nodes[kind] = nodeId;
        }

        if (!nodes.ContainsKey(SignalKind.State))
        {
            record.Error("nodes", "must map at least State");
        }

        return new Equipment(workstationId, endpoint, record.Text("namespaceUri"), idealCycle, nodes);
    }
}

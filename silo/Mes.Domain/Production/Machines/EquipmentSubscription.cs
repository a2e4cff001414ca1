using Mes.Domain.Production.MasterData;

namespace Mes.Domain.Production.Machines;

/// <summary>
/// What the MES reads from each OPC UA endpoint: every node the equipment mapping names, with the
/// per-slot templates (<c>….Slots.{slot}.Picks</c>) expanded for the feeder slots the BOMs use at
/// that workstation.
/// </summary>
public static class EquipmentSubscription
{
    private const string SlotPlaceholder = "{slot}";

    /// <summary>The distinct endpoints of the equipment, in a stable order.</summary>
    public static IReadOnlyList<string> Endpoints(PlantMasterData master)
    {
        ArgumentNullException.ThrowIfNull(master);
        return [.. master.Equipment.Select(e => e.Endpoint).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }

    /// <summary>The nodes to monitor on <paramref name="endpoint"/>, each once, in a stable order.</summary>
    public static IReadOnlyList<MonitoredNode> NodesAt(PlantMasterData master, string endpoint)
    {
        ArgumentNullException.ThrowIfNull(master);
        var nodes = new List<MonitoredNode>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var equipment in master.Equipment.Where(e => e.Endpoint == endpoint).OrderBy(e => e.WorkstationId, StringComparer.Ordinal))
        {
            var slots = master.Boms.SelectMany(b => b.LinesAt(equipment.WorkstationId)).Select(l => l.Slot)
                .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            foreach (var (kind, template) in equipment.Nodes.OrderBy(n => n.Key))
            {
                var identifiers = template.Contains(SlotPlaceholder, StringComparison.Ordinal)
                    ? slots.Select(slot => template.Replace(SlotPlaceholder, slot, StringComparison.Ordinal))
                    : [template];
                foreach (var identifier in identifiers.Where(seen.Add))
                {
                    nodes.Add(new MonitoredNode(equipment.WorkstationId, equipment.NamespaceUri, identifier));
                }
            }
        }
        return nodes;
    }
}

namespace Mes.Domain.Production.Genealogy;

/// <summary>
/// Builds the backward (unit → lots) and forward (lot → units) views from a set of operation records.
/// Both follow serialised components transitively: a sub-assembly's lots are lots of the unit it went
/// into, and a lot in a sub-assembly reaches every unit built from it.
/// </summary>
public static class GenealogyViews
{
    /// <summary>Everything that went into <paramref name="serial"/>.</summary>
    public static BackwardTrace Backward(string serial, IEnumerable<OperationRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var bySerial = records.ToLookup(r => r.Serial);
        var visited = new HashSet<string>(StringComparer.Ordinal) { serial };
        var pending = new Queue<string>([serial]);
        var operations = new List<OperationRecord>();
        var components = new List<string>();
        while (pending.TryDequeue(out var current))
        {
            foreach (var record in bySerial[current].OrderBy(r => r.CompletedAt))
            {
                operations.Add(record);
                foreach (var component in record.ComponentSerials.Where(visited.Add))
                {
                    components.Add(component);
                    pending.Enqueue(component);
                }
            }
        }

        var lots = operations.SelectMany(r => r.ConsumedLots.Select(l =>
            new LotUsage(l.LotNo, l.PartNo, r.Serial, r.OperationId, r.WorkstationId, l.Slot, l.Quantity))).ToList();
        return new BackwardTrace(serial, lots, components,
            operations.Select(r => r.WorkstationId).Distinct().ToList(),
            operations.Select(r => r.Badge).Distinct().ToList(),
            operations);
    }

    /// <summary>Every unit that used <paramref name="lotNo"/>, directly or through a component, with its
    /// order and shipment.</summary>
    public static ForwardTrace Forward(string lotNo, IEnumerable<OperationRecord> records, IEnumerable<UnitShipment> shipments)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(shipments);
        var all = records.ToList();
        var shippedIn = shipments.GroupBy(s => s.Serial).ToDictionary(g => g.Key, g => g.Last().ShipmentNo);
        var unitOf = all.GroupBy(r => r.Serial).ToDictionary(g => g.Key, g => g.First());
        var usedIn = all.SelectMany(r => r.ComponentSerials.Select(c => (Component: c, Parent: r.Serial))).ToLookup(p => p.Component, p => p.Parent);

        var units = new List<TracedUnit>();
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Queue<(string Serial, string? Via)>(
            all.Where(r => r.ConsumedLots.Any(l => l.LotNo == lotNo)).Select(r => (r.Serial, (string?)null)));
        while (pending.TryDequeue(out var next))
        {
            if (!visited.Add(next.Serial))
            {
                continue;
            }

            var first = unitOf[next.Serial];
            units.Add(new TracedUnit(next.Serial, first.OrderNo, first.ProductNo, shippedIn.GetValueOrDefault(next.Serial), next.Via));
            foreach (var parent in usedIn[next.Serial].Where(unitOf.ContainsKey))
            {
                pending.Enqueue((parent, next.Serial));
            }
        }

        return new ForwardTrace(lotNo, units,
            units.Select(u => u.OrderNo).Distinct().ToList(),
            units.Select(u => u.ShipmentNo).OfType<string>().Distinct().ToList());
    }
}

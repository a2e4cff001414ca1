using Mes.Domain.Bonded.Identifiers;
using Mes.Domain.Bonded.Ledger;

namespace Mes.Domain.Bonded.Posting.Rules;

/// <summary>
/// Takes a quantity from the stock of lots: the lots named first, then the oldest (first in, first out), the
/// one inventory method applied to every outbound movement and consumption (bonded-notes R9).
/// </summary>
internal static class LotAllocation
{
    /// <summary>The lots and quantities to take, or null with the quantity available when stock falls short.</summary>
    public static IReadOnlyList<(LotBalance Lot, decimal Quantity)>? Take(
        LedgerState state, BalanceKey key, PartNo? part, IReadOnlyList<LotNo> preferred, decimal quantity, out decimal available)
    {
        var candidates = preferred
            .Concat(state.LotsInStock(key.Item, key.Status).Select(l => l.Lot).Where(l => !preferred.Contains(l)))
            .Select(state.Lot)
            .OfType<LotBalance>()
            .Where(l => l.Item == key.Item && l.Status == key.Status && (part is not { } p || l.Part == p) && l.Stock > 0);
        var pieces = new List<(LotBalance Lot, decimal Quantity)>();
        var remaining = quantity;
        foreach (var lot in candidates)
        {
            var take = Math.Min(remaining, lot.Stock);
            pieces.Add((lot, take));
            remaining -= take;
            if (remaining == 0)
            {
                available = quantity;
                return pieces;
            }
        }

        available = quantity - remaining;
        return null;
    }
}

using Mes.Domain.Bonded.Identifiers;

namespace Mes.Domain.Bonded.Ledger;

/// <summary>A lot with stock on site, ordered by the entry that opened it, which is the order lots are used in.</summary>
public readonly record struct LotInStock(long FirstSequence, LotNo Lot) : IComparable<LotInStock>
{
    /// <inheritdoc />
    public int CompareTo(LotInStock other) => FirstSequence.CompareTo(other.FirstSequence);
}

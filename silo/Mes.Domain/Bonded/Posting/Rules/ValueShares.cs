using Mes.Domain.Bonded.Quantities;

namespace Mes.Domain.Bonded.Posting.Rules;

/// <summary>Shares the value of a movement over the lots it is taken from, pro rata, so the shares add up exactly.</summary>
internal static class ValueShares
{
    public static IReadOnlyList<Money?> Split(Money? total, IReadOnlyList<decimal> quantities, DeclaredPrecision precision)
    {
        if (total is not { } money)
        {
            return quantities.Select(_ => (Money?)null).ToList();
        }

        var sum = quantities.Sum();
        var shares = new List<Money?>();
        var given = 0m;
        for (var i = 0; i < quantities.Count; i++)
        {
            // The last lot takes what rounding left over, so the entries add up to the declared value to the cent.
            var amount = i == quantities.Count - 1
                ? money.Amount - given
                : precision.Amount(money.Amount * quantities[i] / sum);
            given += amount;
            shares.Add(money with { Amount = amount });
        }

        return shares;
    }
}

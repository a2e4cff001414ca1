using Mes.Domain.Bonded.Identifiers;
using Mes.Domain.Bonded.Journal;
using Mes.Domain.Bonded.Ledger;

namespace Mes.Domain.Bonded.Posting.Rules;

/// <summary>
/// Checks the state the drafted entries would lead to: no bucket of a touched item or lot below zero, and
/// scrap within the theoretical loss. The check runs on the would-be state, so every rule that depends on
/// several entries of one command (a back-flush with its scrap) is judged on the command as a whole.
/// </summary>
internal static class BalanceGuard
{
    private static readonly Bucket[] Goods = [Bucket.Stock, Bucket.AtSubcontractor, Bucket.Defective, Bucket.Suspense, Bucket.Scrap];

    public static PostingDecision.Refused? Check(LedgerState candidate, IReadOnlyList<JournalEntry> entries, Draft draft)
    {
        foreach (var key in entries.Select(e => new BalanceKey(e.Movement.Item, e.Movement.Status)).Distinct())
        {
            var balance = candidate.Balance(key.Item, key.Status);
            if (balance.ScrapAllowance < 0)
            {
                return Refuse.Because(LedgerRule.ScrapExceedsTheoreticalLoss, draft.ScrapField,
                    $"Scrap of {key.Item} would exceed the tangible loss of the consumption booked by " +
                    $"{PostingContext.Text(-balance.ScrapAllowance)} {Unit(entries, key)}.");
            }

            foreach (var bucket in Goods.Where(b => balance.In(b) < 0))
            {
                return Refuse.Because(LedgerRule.NegativeBalance, draft.QuantityField,
                    $"{key.Status} {key.Item} would hold {PostingContext.Text(balance.In(bucket))} {Unit(entries, key)} in {bucket}.");
            }
        }

        foreach (var lotNo in entries.Select(e => e.Movement.Lot).OfType<LotNo>().Distinct())
        {
            var lot = candidate.Lot(lotNo)!;
            foreach (var bucket in Goods.Where(b => lot.In(b) < 0))
            {
                return Refuse.Because(LedgerRule.NegativeBalance, draft.QuantityField,
                    $"Lot {lotNo} would hold {PostingContext.Text(lot.In(bucket))} {lot.Item} in {bucket}.");
            }
        }

        return null;
    }

    private static string Unit(IReadOnlyList<JournalEntry> entries, BalanceKey key) =>
        entries.First(e => e.Movement.Item == key.Item).Movement.Quantities.Declared.Unit.Value;
}

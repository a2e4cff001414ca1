using CsCheck;
using Mes.Domain.Bonded.Journal;
using Mes.Domain.Bonded.Ledger;
using Mes.Domain.Bonded.MasterData;
using Mes.Domain.Bonded.Posting;
using Mes.Domain.Bonded.Reports;
using Mes.Domain.Tests.Bonded.Support;

namespace Mes.Domain.Tests.Bonded.Properties;

public sealed class LedgerPropertyTests
{
    private const int Iterations = 150;
    private static readonly Bucket[] AllBuckets = Enum.GetValues<Bucket>();
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    [Fact]
    public void Every_random_history_reconciles_for_every_item_in_every_month_cycle_and_window()
    {
        History.Steps.Sample(steps =>
        {
            var history = History.Run(steps);

            foreach (var period in Periods(history))
            {
                var rows = PeriodReconciliation.Compute(history.Book.Journal, history.Book.Master, period);
                Assert.All(rows, row => Assert.True(row.Reconciles, $"{row.Item} {row.Status} does not reconcile over {period.From:O}..{period.To:O}: {row}"));
            }
        }, iter: Iterations);
    }

    [Fact]
    public void No_random_history_ever_takes_a_bucket_of_an_item_or_lot_below_zero()
    {
        History.Steps.Sample(steps => History.Run(steps, history =>
        {
            foreach (var (key, balance) in history.Book.State.Balances)
            {
                Assert.All(AllBuckets, bucket => Assert.True(balance.In(bucket) >= 0, $"{key} {bucket} = {balance.In(bucket)}"));
            }

            foreach (var lot in history.Book.State.Lots)
            {
                Assert.All(AllBuckets, bucket => Assert.True(lot.In(bucket) >= 0, $"{lot.Lot} {bucket} = {lot.In(bucket)}"));
            }
        }), iter: Iterations);
    }

    [Fact]
    public void The_lots_of_an_item_always_add_up_to_its_balance()
    {
        Bucket[] perLot = [Bucket.Stock, Bucket.AtSubcontractor, Bucket.Defective, Bucket.Suspense];
        History.Steps.Sample(steps => History.Run(steps, history =>
        {
            foreach (var (key, balance) in history.Book.State.Balances)
            {
                var lots = history.Book.State.Lots.Where(l => l.Item == key.Item && l.Status == key.Status).ToList();
                Assert.All(perLot, bucket => Assert.Equal(balance.In(bucket), lots.Sum(l => l.In(bucket))));
            }
        }), iter: Iterations);
    }

    [Fact]
    public void Refused_commands_change_nothing_the_accepted_ones_would_not_have_done_alone()
    {
        History.Steps.Sample(steps =>
        {
            var history = History.Run(steps);
            var replay = new Book();

            foreach (var (command, at, decision) in history.Log.Where(l => l.Decision is PostingDecision.Posted))
            {
                replay.Now = at;
                var again = Assert.IsType<PostingDecision.Posted>(replay.Decide(command));
                Assert.Equal(((PostingDecision.Posted)decision).Entries, again.Entries);
                replay.Apply(again.Entries);
            }

            Assert.Equal(history.Book.Journal, replay.Journal);
        }, iter: Iterations);
    }

    [Fact]
    public void Any_command_posted_again_under_its_key_is_answered_with_the_entries_of_its_first_posting()
    {
        History.Steps.Sample(steps =>
        {
            var history = History.Run(steps);

            foreach (var (command, _, decision) in history.Log.Where(l => l.Decision is PostingDecision.Posted))
            {
                var repeat = Assert.IsType<PostingDecision.AlreadyPosted>(history.Book.Decide(command));
                Assert.Equal(((PostingDecision.Posted)decision).Entries, repeat.Entries);
            }
        }, iter: Iterations);
    }

    [Fact]
    public void The_state_rebuilt_from_a_random_journal_equals_the_state_built_while_posting()
    {
        History.Steps.Sample(steps =>
        {
            var history = History.Run(steps);

            var rebuilt = LedgerState.Replay(history.Book.State.Book, history.Book.Journal);

            Assert.Equal(history.Book.State.Balances.OrderBy(b => b.Key.Item).ThenBy(b => b.Key.Status), rebuilt.Balances.OrderBy(b => b.Key.Item).ThenBy(b => b.Key.Status));
            Assert.Equal(history.Book.State.Lots.OrderBy(l => l.FirstSequence), rebuilt.Lots.OrderBy(l => l.FirstSequence));
            Assert.Equal(history.Book.State.LastHash, rebuilt.LastHash);
        }, iter: Iterations);
    }

    [Fact]
    public void A_random_journal_verifies_intact()
    {
        History.Steps.Sample(steps =>
        {
            var history = History.Run(steps);

            Assert.True(JournalVerification.Verify(history.Book.State.Book, history.Book.Journal).IsIntact);
        }, iter: Iterations);
    }

    [Fact]
    public void The_random_histories_post_every_kind_of_entry_and_hit_the_main_refusals()
    {
        var kinds = new HashSet<EntryKind>();
        var rules = new HashSet<LedgerRule>();
        History.Steps.Sample(steps =>
        {
            foreach (var (_, _, decision) in History.Run(steps).Log)
            {
                if (decision is PostingDecision.Posted posted)
                {
                    kinds.UnionWith(posted.Entries.Select(e => e.Movement.Kind));
                }
                else if (decision is PostingDecision.Refused refused)
                {
                    rules.Add(refused.Rule);
                }
            }
        }, iter: Iterations, threads: 1);

        Assert.Equal([], Enum.GetValues<EntryKind>().Except(kinds).ToArray());
        Assert.Superset(new HashSet<LedgerRule> { LedgerRule.NegativeBalance, LedgerRule.MixedBondedStatus, LedgerRule.LotAlreadyReceived, LedgerRule.NotReversible }, rules);
    }

    /// <summary>Each calendar month in China time, the write-off cycle and the window from the first to the last entry.</summary>
    private static IEnumerable<ReportingPeriod> Periods(History history)
    {
        var journal = history.Book.Journal;
        if (journal.Count == 0)
        {
            yield break;
        }

        var first = journal[0].PostedAt.ToOffset(China);
        var last = journal[^1].PostedAt;
        for (var month = new DateTimeOffset(first.Year, first.Month, 1, 0, 0, 0, China); month <= last; month = month.AddMonths(1))
        {
            yield return new ReportingPeriod(month, month.AddMonths(1));
        }

        yield return history.Book.Master.Book.WriteOffCycle.CycleContaining(first);
        yield return new ReportingPeriod(first.AddTicks(10), last.AddTicks(20));
    }
}

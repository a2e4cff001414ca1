using Mes.Domain.Bonded.Identifiers;
using Mes.Domain.Bonded.Journal;
using Mes.Domain.Bonded.Ledger;
using Mes.Domain.Bonded.MasterData;
using Mes.Domain.Bonded.Posting;
using Mes.Domain.Bonded.Posting.Commands;

namespace Mes.Domain.Tests.Bonded.Support;

/// <summary>
/// A book under test driven the way the grain drives it: decide, and on a posting apply the entries.
/// The clock is a plain field the test moves.
/// </summary>
internal sealed class Book(AccountBookMasterData master)
{
    public Book()
        : this(SampleBook.MasterData)
    {
    }

    public AccountBookMasterData Master { get; set; } = master;

    public LedgerState State { get; private set; } = LedgerState.Empty(master.Book.No);

    public DateTimeOffset Now { get; set; } = new(2025, 3, 3, 1, 0, 0, TimeSpan.Zero);

    public IReadOnlyList<JournalEntry> Journal => State.Entries;

    public PostingDecision Decide(LedgerCommand command) => BondedLedger.Decide(State, command, Master, Now);

    public PostingDecision Post(LedgerCommand command)
    {
        var decision = Decide(command);
        if (decision is PostingDecision.Posted posted)
        {
            State = State.Apply(posted.Entries);
        }

        Now = Now.AddMinutes(1);
        return decision;
    }

    public void Apply(IReadOnlyList<JournalEntry> entries) => State = State.Apply(entries);

    public IReadOnlyList<JournalEntry> Posted(LedgerCommand command)
    {
        var decision = Post(command);
        return decision is PostingDecision.Posted posted
            ? posted.Entries
            : throw new InvalidOperationException($"Expected a posting, got {decision}");
    }

    public PostingDecision.Refused Refused(LedgerCommand command) => Assert.IsType<PostingDecision.Refused>(Post(command));

    public ItemBalance Balance(string item, BondedStatus status = BondedStatus.Bonded) =>
        State.Balance(ItemNo.Parse(item), status);

    public LotBalance Lot(string lot) => State.Lot(new LotNo(lot))!;
}

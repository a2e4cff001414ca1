using Mes.Domain.Bonded.Ledger;
using Mes.Domain.Bonded.Posting;
using Mes.Domain.Tests.Bonded.Support;

namespace Mes.Domain.Tests.Bonded.Posting;

public sealed class IdempotencyTests
{
    private readonly Book book = new();

    [Fact]
    public void A_command_posted_twice_under_one_key_yields_the_entries_of_the_first_posting()
    {
        foreach (var receipt in Commands.ReceiveKit(boards: 10))
        {
            book.Posted(receipt);
        }

        var command = Commands.Backflush("PO-1", 10m);
        var first = book.Posted(command);
        var journalLength = book.Journal.Count;

        var repeat = Assert.IsType<PostingDecision.AlreadyPosted>(book.Post(command));

        Assert.Equal(first, repeat.Entries);
        Assert.Equal(journalLength, book.Journal.Count);
    }

    [Fact]
    public void A_key_reused_for_another_payload_is_refused_as_a_conflict()
    {
        var command = Commands.Receive(Ids.Cap, 100m, "CAP-1", Docs.ImportList(1, 1));
        book.Posted(command);

        var refused = book.Refused(command with { StockQuantity = 101m });

        Assert.Equal((LedgerRule.IdempotencyConflict, RefusalCategory.Conflict, "IdempotencyKey"),
            (refused.Rule, refused.Category, refused.Field));
    }

    [Fact]
    public void A_repeat_is_recognised_from_a_journal_replayed_after_a_restart()
    {
        var command = Commands.Receive(Ids.Cap, 100m, "CAP-1", Docs.ImportList(1, 1));
        var first = book.Posted(command);
        var recovered = LedgerState.Replay(book.State.Book, book.Journal);

        var repeat = BondedLedger.Decide(recovered, command, book.Master, book.Now);

        Assert.Equal(first, Assert.IsType<PostingDecision.AlreadyPosted>(repeat).Entries);
    }

    [Fact]
    public void The_same_quantity_written_with_another_scale_is_the_same_payload()
    {
        var command = Commands.Receive(Ids.Cap, 100m, "CAP-1", Docs.ImportList(1, 1));
        book.Posted(command);

        Assert.IsType<PostingDecision.AlreadyPosted>(book.Post(command with { StockQuantity = 100.000m }));
    }
}

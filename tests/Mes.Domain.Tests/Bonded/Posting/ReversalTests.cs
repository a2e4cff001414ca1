using Mes.Domain.Bonded.Journal;
using Mes.Domain.Bonded.Posting;
using Mes.Domain.Bonded.Posting.Commands;
using Mes.Domain.Tests.Bonded.Support;

namespace Mes.Domain.Tests.Bonded.Posting;

public sealed class ReversalTests
{
    private readonly Book book = new();

    [Fact]
    public void A_reversal_restores_every_balance_the_entry_moved()
    {
        foreach (var receipt in Commands.ReceiveKit(boards: 10))
        {
            book.Posted(receipt);
        }

        var before = book.State.Balances.ToDictionary();
        var backflush = book.Posted(Commands.Backflush("PO-1", 10m));

        foreach (var entry in backflush)
        {
            book.Posted(Commands.Reverse(entry.Sequence));
        }

        Assert.All(before, pair => Assert.Equal(pair.Value, book.State.Balances[pair.Key]));
        Assert.Equal(0m, book.Balance("E1").Stock);
    }

    [Fact]
    public void A_reversal_copies_the_entry_and_names_what_it_reverses()
    {
        var receipt = Assert.Single(book.Posted(Commands.Receive(Ids.Cap, 100m, "CAP-1", Docs.ImportList(1, 1))));

        var reversal = Assert.Single(book.Posted(Commands.Reverse(receipt.Sequence)));

        Assert.Equal(new ReversalOf(receipt.Sequence, EntryKind.ImportReceipt), reversal.Movement.Reverses);
        Assert.Equal(receipt.Movement.Quantities, reversal.Movement.Quantities);
        Assert.Equal("Posted against the wrong list line", reversal.Reason);
    }

    [Fact]
    public void An_entry_cannot_be_reversed_twice()
    {
        book.Posted(Commands.Receive(Ids.Cap, 100m, "CAP-1", Docs.ImportList(1, 1)));
        book.Posted(Commands.Reverse(1));

        var refused = book.Refused(Commands.Reverse(1));

        Assert.Equal((LedgerRule.NotReversible, "Sequence"), (refused.Rule, refused.Field));
    }

    [Fact]
    public void A_receipt_whose_goods_were_shipped_cannot_be_reversed()
    {
        book.Posted(Commands.Receive(Ids.Cap, 100m, "CAP-1", Docs.ImportList(1, 1)));
        book.Posted(Commands.Export(Ids.Cap, 60m));

        var refused = book.Refused(Commands.Reverse(1));

        Assert.Equal((LedgerRule.NegativeBalance, "Sequence"), (refused.Rule, refused.Field));
    }

    [Fact]
    public void A_consumption_whose_scrap_is_booked_cannot_be_reversed_before_the_scrap()
    {
        foreach (var receipt in Commands.ReceiveKit(boards: 100))
        {
            book.Posted(receipt);
        }

        var entries = book.Posted(Commands.Backflush("PO-1", 100m) with { Scrap = [new ScrapReport(Ids.Cap, 60m)] });
        var capacitors = entries.Single(e => e.Movement.Kind == EntryKind.Consumption && e.Movement.Part == Ids.Cap);

        var refused = book.Refused(Commands.Reverse(capacitors.Sequence));

        Assert.Equal(LedgerRule.ScrapExceedsTheoreticalLoss, refused.Rule);
    }

    [Fact]
    public void A_reversal_without_its_correction_voucher_is_refused()
    {
        book.Posted(Commands.Receive(Ids.Cap, 100m, "CAP-1", Docs.ImportList(1, 1)));

        var refused = book.Refused(Commands.Reverse(1) with { Documents = [] });

        Assert.Equal(LedgerRule.MissingDocument, refused.Rule);
    }

    [Fact]
    public void A_reversal_of_an_entry_that_does_not_exist_is_refused()
    {
        var refused = book.Refused(Commands.Reverse(42));

        Assert.Equal((LedgerRule.UnknownEntry, "Sequence"), (refused.Rule, refused.Field));
    }
}

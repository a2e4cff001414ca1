using Mes.Domain.Bonded.Posting;
using Mes.Domain.Tests.Bonded.Support;

namespace Mes.Domain.Tests.Bonded.Posting;

public sealed class PermissionTests
{
    private readonly Book book = new();

    [Fact]
    public void A_customs_officer_posts_nothing()
    {
        var refused = book.Refused(Commands.Receive(Ids.Cap, 100m, "CAP-1", Docs.ImportList(1, 1)) with { Actor = Actors.Customs });

        Assert.Equal((LedgerRule.ActorNotPermitted, RefusalCategory.PermissionDenied), (refused.Rule, refused.Category));
    }

    [Fact]
    public void An_operator_cannot_post_a_ledger_entry_directly()
    {
        var refused = book.Refused(Commands.Backflush("PO-1", 1m) with { Actor = Actors.Operator });

        Assert.Equal(LedgerRule.ActorNotPermitted, refused.Rule);
    }

    [Fact]
    public void A_supervisor_cannot_correct_the_book()
    {
        book.Posted(Commands.Receive(Ids.Cap, 100m, "CAP-1", Docs.ImportList(1, 1)));

        var refused = book.Refused(Commands.Reverse(1) with { Actor = Actors.Supervisor });

        Assert.Equal(LedgerRule.ActorNotPermitted, refused.Rule);
    }

    [Fact]
    public void Every_entry_records_the_actor_who_posted_it()
    {
        var entry = Assert.Single(book.Posted(Commands.Receive(Ids.Cap, 100m, "CAP-1", Docs.ImportList(1, 1))));

        Assert.Equal(Actors.Erp, entry.Actor);
    }
}

using Mes.Domain.Tests.Bonded.Support;

namespace Mes.Domain.Tests.Bonded.Posting;

public sealed class PostingTimeTests
{
    private readonly Book book = new();

    [Fact]
    public void A_posting_time_is_kept_in_whole_microseconds_in_utc()
    {
        // 12:00:00.1234567 +08:00 is 04:00:00.123456 UTC once the last tick (below a microsecond) is cut.
        book.Now = new DateTimeOffset(2025, 3, 3, 12, 0, 0, TimeSpan.FromHours(8)).AddTicks(1234567);

        var entry = Assert.Single(book.Posted(Commands.Receive(Ids.Cap, 100m, "CAP-1", Docs.ImportList(1, 1))));

        Assert.Equal(new DateTimeOffset(2025, 3, 3, 4, 0, 0, TimeSpan.Zero).AddTicks(1234560), entry.PostedAt);
        Assert.Equal(TimeSpan.Zero, entry.PostedAt.Offset);
    }

    [Fact]
    public void A_clock_that_runs_back_never_makes_the_journal_run_back()
    {
        var first = Assert.Single(book.Posted(Commands.Receive(Ids.Cap, 100m, "CAP-1", Docs.ImportList(1, 1))));
        book.Now = first.PostedAt.AddSeconds(-30);

        var second = Assert.Single(book.Posted(Commands.Receive(Ids.Cap, 100m, "CAP-2", Docs.ImportList(1, 2))));

        Assert.Equal(first.PostedAt, second.PostedAt);
    }
}

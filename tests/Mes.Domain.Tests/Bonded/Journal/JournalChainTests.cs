using System.Security.Cryptography;
using System.Text;
using Mes.Domain.Bonded.Journal;
using Mes.Domain.Tests.Bonded.Support;

namespace Mes.Domain.Tests.Bonded.Journal;

public sealed class JournalChainTests
{
    private readonly Book book = new();

    public JournalChainTests()
    {
        foreach (var receipt in Commands.ReceiveKit(boards: 10))
        {
            book.Posted(receipt);
        }

        book.Posted(Commands.Backflush("PO-1", 10m));
        book.Posted(Commands.Export(Ids.Board, 4m));
    }

    private JournalVerification Verify(IEnumerable<JournalEntry> journal) => JournalVerification.Verify(book.State.Book, journal);

    [Fact]
    public void The_first_entry_chains_to_the_genesis_hash_derived_from_the_book_number()
    {
        var expected = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("zone-mes/bonded-journal-genesis/v1:H51082500001")));

        Assert.Equal(expected, book.Journal[0].PreviousHash.Hex);
    }

    [Fact]
    public void Every_entry_chains_to_the_hash_of_the_entry_before_it()
    {
        Assert.All(book.Journal.Skip(1), (entry, i) => Assert.Equal(book.Journal[i].Hash, entry.PreviousHash));
    }

    [Fact]
    public void A_journal_as_posted_verifies_intact()
    {
        var result = Verify(book.Journal);

        Assert.True(result.IsIntact);
        Assert.Equal(book.Journal.Count, result.EntriesChecked);
    }

    [Fact]
    public void A_journal_read_back_with_decimals_of_another_scale_still_verifies()
    {
        // A numeric column may return 2500 as 2500.00000; the canonical form writes both as 2500.
        var readBack = book.Journal.Select(e => e with
        {
            Movement = e.Movement with
            {
                Quantities = e.Movement.Quantities with
                {
                    Declared = e.Movement.Quantities.Declared with { Value = decimal.Round(e.Movement.Quantities.Declared.Value, 5) + 0.00000m },
                },
            },
        });

        Assert.True(Verify(readBack).IsIntact);
    }

    [Fact]
    public void A_removed_entry_is_found_where_the_sequence_jumps()
    {
        var withoutThird = book.Journal.Where(e => e.Sequence != 3);

        var broken = Verify(withoutThird).FirstBroken!;

        Assert.Equal((3L, 4L, ChainProblem.SequenceGap), (broken.Position, broken.RecordedSequence, broken.Problem));
    }

    [Fact]
    public void A_re_hashed_altered_entry_still_breaks_the_link_of_the_entry_after_it()
    {
        // A forger who alters entry 5 and recomputes its hash is caught at entry 6, which chains to the old hash.
        var altered = book.Journal[4] with { Reason = "forged" };
        altered = altered with { Hash = JournalChain.ComputeHash(altered) };
        var journal = book.Journal.Select(e => e.Sequence == 5 ? altered : e);

        var broken = Verify(journal).FirstBroken!;

        Assert.Equal((6L, ChainProblem.BrokenLink), (broken.Position, broken.Problem));
    }
}

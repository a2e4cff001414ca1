using System.Collections.Immutable;
using Mes.Domain.Bonded.Identifiers;
using Mes.Domain.Bonded.Journal;

namespace Mes.Domain.Bonded.Ledger;

/// <summary>
/// The projection of one account book's journal: balances per item and status, lots, the idempotency index
/// and the entries themselves. Immutable and persistent: <see cref="Apply(JournalEntry)"/> returns a new
/// state sharing structure with this one, so deciding never changes the state it decides on, and the
/// state is rebuilt after a restart by folding the stored journal over <see cref="Empty"/>.
/// </summary>
public sealed class LedgerState
{
    private ImmutableList<JournalEntry> entries;
    private ImmutableDictionary<BalanceKey, ItemBalance> balances;
    private ImmutableDictionary<LotNo, LotBalance> lots;
    private ImmutableDictionary<BalanceKey, ImmutableSortedSet<LotInStock>> lotsInStock;
    private ImmutableDictionary<IdempotencyKey, IdempotentPosting> postings;
    private ImmutableHashSet<long> reversed;

    private LedgerState(AccountBookNo book)
    {
        Book = book;
        LastHash = JournalChain.Genesis(book);
        entries = [];
        balances = ImmutableDictionary<BalanceKey, ItemBalance>.Empty;
        lots = ImmutableDictionary<LotNo, LotBalance>.Empty;
        lotsInStock = ImmutableDictionary<BalanceKey, ImmutableSortedSet<LotInStock>>.Empty;
        postings = ImmutableDictionary<IdempotencyKey, IdempotentPosting>.Empty;
        reversed = [];
    }

    /// <summary>The account book.</summary>
    public AccountBookNo Book { get; }

    /// <summary>The sequence of the last entry, 0 for an empty journal.</summary>
    public long LastSequence => entries.Count;

    /// <summary>The hash the next entry chains to: the last entry's hash, or the genesis hash.</summary>
    public EntryHash LastHash { get; private set; }

    /// <summary>The posting time of the last entry.</summary>
    public DateTimeOffset? LastPostedAt => entries.IsEmpty ? null : entries[^1].PostedAt;

    /// <summary>The journal, in sequence order.</summary>
    public IReadOnlyList<JournalEntry> Entries => entries;

    /// <summary>Every balance that has ever moved.</summary>
    public IReadOnlyDictionary<BalanceKey, ItemBalance> Balances => balances;

    /// <summary>Every lot the book has seen.</summary>
    public IEnumerable<LotBalance> Lots => lots.Values;

    /// <summary>The state of a book with an empty journal.</summary>
    public static LedgerState Empty(AccountBookNo book) => new(book);

    /// <summary>Rebuilds the state from a stored journal.</summary>
    public static LedgerState Replay(AccountBookNo book, IEnumerable<JournalEntry> journal) => Empty(book).Apply(journal);

    /// <summary>The balance of an item in a status (zero if it never moved).</summary>
    public ItemBalance Balance(ItemNo item, BondedStatus status) =>
        balances.GetValueOrDefault(new BalanceKey(item, status), ItemBalance.Zero);

    /// <summary>A lot, or null if the book has never seen it.</summary>
    public LotBalance? Lot(LotNo lot) => lots.GetValueOrDefault(lot);

    /// <summary>
    /// The lots of an item in a status that have stock on site, oldest first. Kept as a sorted set updated as stock
    /// comes and goes, so that taking stock does not walk past the emptied lots of years of receipts.
    /// </summary>
    public IEnumerable<LotInStock> LotsInStock(ItemNo item, BondedStatus status) =>
        lotsInStock.GetValueOrDefault(new BalanceKey(item, status), []);

    /// <summary>The entry with a sequence number, or null.</summary>
    public JournalEntry? Entry(long sequence) =>
        sequence >= 1 && sequence <= entries.Count ? entries[(int)(sequence - 1)] : null;

    /// <summary>True when a reversal of the entry has been posted.</summary>
    public bool IsReversed(long sequence) => reversed.Contains(sequence);

    internal IdempotentPosting? PostingOf(IdempotencyKey key) => postings.GetValueOrDefault(key);

    /// <summary>The state after one more entry.</summary>
    /// <exception cref="InvalidOperationException">The entry belongs to another book or does not follow the last one.</exception>
    public LedgerState Apply(JournalEntry entry) => Apply([entry]);

    /// <summary>The state after more entries, in order.</summary>
    /// <exception cref="InvalidOperationException">An entry belongs to another book or does not follow the one before.</exception>
    public LedgerState Apply(IEnumerable<JournalEntry> journal)
    {
        ArgumentNullException.ThrowIfNull(journal);
        var next = (LedgerState)MemberwiseClone();
        var fold = new Fold(next);
        foreach (var entry in journal)
        {
            fold.Add(entry);
        }

        fold.Finish();
        return next;
    }

    /// <summary>Applies entries through builders, so that replaying a long journal does not copy per entry.</summary>
    private sealed class Fold(LedgerState state)
    {
        private readonly ImmutableList<JournalEntry>.Builder entries = state.entries.ToBuilder();
        private readonly ImmutableDictionary<BalanceKey, ItemBalance>.Builder balances = state.balances.ToBuilder();
        private readonly ImmutableDictionary<LotNo, LotBalance>.Builder lots = state.lots.ToBuilder();
        private readonly ImmutableDictionary<BalanceKey, ImmutableSortedSet<LotInStock>>.Builder lotsInStock = state.lotsInStock.ToBuilder();
        private readonly ImmutableDictionary<IdempotencyKey, IdempotentPosting>.Builder postings = state.postings.ToBuilder();
        private readonly ImmutableHashSet<long>.Builder reversed = state.reversed.ToBuilder();

        public void Add(JournalEntry entry)
        {
            if (entry.Book != state.Book)
            {
                throw new InvalidOperationException($"Entry {entry.Sequence} belongs to book {entry.Book}, not {state.Book}.");
            }

            if (entry.Sequence != entries.Count + 1)
            {
                throw new InvalidOperationException(
                    $"Entry {entry.Sequence} does not follow entry {entries.Count} of book {state.Book}.");
            }

            var movement = entry.Movement;
            var key = new BalanceKey(movement.Item, movement.Status);
            var balance = balances.GetValueOrDefault(key, ItemBalance.Zero);
            var effects = MovementEffects.Of(movement);
            foreach (var (bucket, delta) in effects)
            {
                balance = balance.Add(bucket, delta);
            }

            balances[key] = balance;
            if (movement.Lot is { } lotNo && movement.Part is { } part)
            {
                ApplyToLot(entry, lotNo, part, key, effects);
            }

            if (movement.Reverses is { } target)
            {
                reversed.Add(target.Sequence);
            }

            postings[entry.IdempotencyKey] = postings.TryGetValue(entry.IdempotencyKey, out var posting)
                ? posting with { Count = posting.Count + 1 }
                : new IdempotentPosting(entry.CommandDigest, entry.Sequence, 1);
            entries.Add(entry);
            state.LastHash = entry.Hash;
        }

        public void Finish()
        {
            state.entries = entries.ToImmutable();
            state.balances = balances.ToImmutable();
            state.lots = lots.ToImmutable();
            state.lotsInStock = lotsInStock.ToImmutable();
            state.postings = postings.ToImmutable();
            state.reversed = reversed.ToImmutable();
        }

        private void ApplyToLot(JournalEntry entry, LotNo lotNo, PartNo part, BalanceKey key, IReadOnlyList<(Bucket Bucket, decimal Delta)> effects)
        {
            var movement = entry.Movement;
            if (!lots.TryGetValue(lotNo, out var lot))
            {
                lot = new LotBalance
                {
                    Lot = lotNo,
                    Part = part,
                    Item = movement.Item,
                    Status = movement.Status,
                    Factor = movement.Quantities.Factor,
                    StockUnit = movement.Quantities.Stock.Unit,
                    FirstSequence = entry.Sequence,
                };
            }

            lot = Describe(lot, movement);
            var hadStock = lot.Stock > 0;
            foreach (var (bucket, delta) in effects)
            {
                lot = lot.Add(bucket, delta);
            }

            lots[lotNo] = lot;
            if (hadStock != lot.Stock > 0)
            {
                var inStock = lotsInStock.GetValueOrDefault(key, []);
                var position = new LotInStock(lot.FirstSequence, lotNo);
                lotsInStock[key] = hadStock ? inStock.Remove(position) : inStock.Add(position);
            }
        }

        /// <summary>The lot's provenance: set by the movement that brings goods in, cleared when its document is reversed.</summary>
        private static LotBalance Describe(LotBalance lot, Movement movement) => (movement.Kind, movement.EffectiveKind) switch
        {
            (EntryKind.ImportReceipt or EntryKind.SuspenseReceipt or EntryKind.CarryOverIn, _) => lot with
            {
                SourceLine = movement.Documents.First(DocumentType.InventoryVerificationList),
                Origin = movement.Origin,
                Factor = movement.Quantities.Factor,
            },
            (EntryKind.SuspenseRelease, _) => lot with
            {
                SourceLine = movement.Documents.First(DocumentType.InventoryVerificationList),
                Origin = movement.Origin ?? lot.Origin,
            },
            (EntryKind.Reversal, EntryKind.SuspenseRelease) => lot with { SourceLine = null },
            (EntryKind.FinishedGoodsProduced, _) => lot with { Norm = movement.Norm, Origin = lot.Origin ?? movement.Origin },
            (EntryKind.StockAdjustmentGain, _) => lot with { Origin = lot.Origin ?? movement.Origin },
            _ => lot,
        };
    }
}

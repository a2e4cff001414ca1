using Mes.Contracts.Bonded;
using Mes.Contracts.Bonded.MasterData;
using Mes.Contracts.Bonded.Postings;
using Mes.Contracts.Bonded.Reports;
using Mes.Domain.Bonded.Csv;
using Mes.Domain.Bonded.Declarations;
using Mes.Domain.Bonded.Identifiers;
using Mes.Domain.Bonded.Journal;
using Mes.Domain.Bonded.MasterData;
using Mes.Domain.Bonded.MasterData.Json;
using Mes.Domain.Bonded.Posting;
using Mes.Domain.Bonded.Posting.Commands;
using Mes.Domain.Bonded.Reports;
using Mes.Grains.Bonded.Storage;
using Mes.Grains.Bonded.Translation;
using Microsoft.Extensions.Options;
using Orleans.Concurrency;

namespace Mes.Grains.Bonded;

/// <summary>
/// One account book, event-sourced over the <c>bonded_journal</c> table: on activation it reads the book's master data
/// and replays the journal; postings are decided by <see cref="BondedLedger"/> and written by <see cref="GroupCommit"/>.
/// Reentrant so that postings arriving while a journal write is in flight are decided (in arrival order, one turn at a
/// time) and join the next write. Reports read the committed state only.
/// </summary>
[GrainType("bonded-book")]
[Reentrant]
public sealed class AccountBookGrain(
    IBondedJournalStore journalStore,
    IBondedMasterDataStore masterDataStore,
    IOptions<BondedLedgerOptions> options,
    TimeProvider clock) : Grain, IAccountBookGrain
{
    // A list is decided in one turn and written in one transaction: the cap bounds both.
    private const int MaxPostingsPerList = 1000;

    private AccountBookNo book;
    private GroupCommit commits = null!;
    private AccountBookMasterData? master;
    private MasterDataFiles? files;
    private int changeCount;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        book = new AccountBookNo(AccountBookKey.BookNoOf(this.GetPrimaryKeyString()));
        commits = new GroupCommit(book, journalStore, options.Value.MaxPostingsPerWrite);
        if (await masterDataStore.LoadAsync(book, cancellationToken) is { } stored)
        {
            UseMasterData(stored.Files, stored.ChangeCount);
        }

        await commits.Load();
    }

    public Task<PostingResult> PostBackflush(BackflushPosting posting) => Post(posting, PostingActor.Mes);

    public async Task<PostingResult> Post(BondedPosting posting, PostingActor actor)
    {
        ArgumentNullException.ThrowIfNull(posting);
        var decided = await Decide([posting], actor);
        return decided.Refusal is { } refused ? PostingResult.Refused(refused.Refusal) : decided.Lines[0];
    }

    public async Task<PostingListResult> PostAll(IReadOnlyList<BondedPosting> postings, PostingActor actor)
    {
        ArgumentNullException.ThrowIfNull(postings);
        if (postings.Count is 0 or > MaxPostingsPerList)
        {
            return PostingListResult.Refused(new PostingRefusal("MALFORMED_FIELD", Refusals.InvalidArgument,
                $"A list holds 1 to {MaxPostingsPerList} postings, not {postings.Count}.", "lines"));
        }

        var decided = await Decide(postings, actor);
        return decided.Refusal is { } refused
            ? PostingListResult.Refused(refused.Line is { } line ? Refusals.OfLine(line, refused.Refusal) : refused.Refusal)
            : new PostingListResult(decided.Lines, null);
    }

    private async Task<DecidedPostings> Decide(IReadOnlyList<BondedPosting> postings, PostingActor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (master is null)
        {
            return DecidedPostings.Refused(null, Refusals.UnknownBook(book.Value));
        }

        var commands = new List<LedgerCommand>(postings.Count);
        for (var line = 0; line < postings.Count; line++)
        {
            try
            {
                commands.Add(PostingCommands.From(postings[line] ?? throw new MalformedField("posting", "is required"), actor));
            }
            catch (MalformedField malformed)
            {
                return DecidedPostings.Refused(line, Refusals.Malformed(malformed));
            }
        }

        IReadOnlyList<PostingDecision> decisions;
        try
        {
            decisions = await commits.SubmitAll(commands, master, clock.GetUtcNow);
        }
        catch (JournalUnavailableException e)
        {
            return DecidedPostings.Refused(null, Refusals.JournalUnavailable(e));
        }

        var lines = new List<PostingResult>(decisions.Count);
        for (var line = 0; line < decisions.Count; line++)
        {
            switch (decisions[line])
            {
                case PostingDecision.Posted posted:
                    lines.Add(Result(PostingOutcome.Posted, posted.Entries));
                    break;
                case PostingDecision.AlreadyPosted again:
                    lines.Add(Result(PostingOutcome.AlreadyPosted, again.Entries));
                    break;
                case PostingDecision.Refused refused:
                    return DecidedPostings.Refused(line, Refusals.Of(refused, commands[line]));
                default:
                    throw new InvalidOperationException("Unknown posting decision.");
            }
        }

        return new DecidedPostings(lines, null);
    }

    public Task<BookAnswer<IReadOnlyList<JournalEntryView>>> Journal(long fromSequence, int limit) => Read<IReadOnlyList<JournalEntryView>>(() =>
    {
        var entries = commits.Committed.Entries;
        var skip = (int)Math.Clamp(fromSequence - 1, 0, entries.Count);
        return entries.Skip(skip).Take(Math.Max(limit, 0)).Select(EntryViews.Of).ToList();
    });

    public Task<BookAnswer<BalancesView>> Balances(DateTimeOffset? at) => Read(() =>
    {
        var state = commits.Committed;
        var when = at ?? clock.GetUtcNow();
        var rows = at is null ? BalanceReport.Compute(state, master!, when) : BalanceReport.AsOf(state.Entries, master!, when);
        return new BalancesView(when, state.LastSequence, rows.Select(ReportViews.Balance).ToList());
    });

    public Task<BookAnswer<ItemLedgerView>> ItemLedger(ItemLedgerQuery query) => Read(() => ReportViews.Ledger(ComputeLedger(query)));

    public Task<BookAnswer<ReconciliationView>> Reconciliation(ReportPeriod period) => Read(() =>
    {
        var window = ReportQueries.Period("period", period);
        var entries = commits.Committed.Entries;
        return ReportViews.Reconciliation(window, PeriodReconciliation.Compute(entries, master!, window), WriteOffTables.Compute(entries, master!, window));
    });

    public Task<BookAnswer<BookVersusPhysicalView>> BookVersusPhysical(StockTakeQuery query) =>
        Read(() => ReportViews.BookVersusPhysical(ComputeBookVersusPhysical(query)));

    public Task<BookAnswer<ConsumptionVarianceView>> ConsumptionVariance(VarianceQuery query) =>
        Read(() => ReportViews.Variance(ComputeVariance(query)));

    public async Task<BookAnswer<JournalVerificationView>> VerifyJournal()
    {
        var reading = await journalStore.ReadAsync(book, CancellationToken.None);
        var verification = JournalVerification.Verify(book, reading.Entries);
        if (verification.IsIntact && reading.Unreadable is { } row)
        {
            return BookAnswer<JournalVerificationView>.Of(new JournalVerificationView(false, row.Position,
                new BrokenEntryView(row.Position, row.Sequence, "Unreadable", $"Entry {row.Sequence} cannot be read: {row.Message}")));
        }

        return BookAnswer<JournalVerificationView>.Of(ReportViews.Verification(verification));
    }

    public Task<BookAnswer<DeclarationDraftView>> DraftDeclaration(string document) =>
        Read(() => ReportViews.Draft(DeclarationDraft.Compose(commits.Committed.Entries, master!, ReportQueries.Document(document))));

    public Task<BookAnswer<ExportedReport>> Export(ReportExport export) => Read(() => export switch
    {
        BalancesExport e => Csv(BalanceCsv.Write(e.At is { } at
            ? BalanceReport.AsOf(commits.Committed.Entries, master!, at)
            : BalanceReport.Compute(commits.Committed, master!, clock.GetUtcNow()))),
        ItemLedgerExport e => Csv(ItemLedgerCsv.Write(ComputeLedger(e.Query))),
        ReconciliationExport e => Csv(ReconciliationTable(e)),
        BookVersusPhysicalExport e => Csv(BookVersusPhysicalCsv.Write(ComputeBookVersusPhysical(e.Query))),
        ConsumptionVarianceExport e => Csv(ConsumptionVarianceCsv.Write(ComputeVariance(e.Query))),
        DeclarationExport e => DeclarationText(e),
        _ => throw new MalformedField("export", "Unknown report."),
    });

    public Task<BookAnswer<MasterDataView>> MasterData() => Read(() => MasterDataViews.Of(master!, changeCount));

    public async Task<MasterDataChange> File(MasterDataFileTexts texts, PostingActor actor)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(actor);
        if (master is not null)
        {
            return Refused(new PostingRefusal("BOOK_ALREADY_FILED", Refusals.Conflict,
                $"Book {book} is filed already; declare changes instead.", "book"));
        }

        var candidate = new MasterDataFiles(texts.Book, texts.Items, texts.Mappings, texts.Norms);
        switch (MasterDataJson.Load(candidate))
        {
            case MasterDataResult.Invalid invalid:
                return new MasterDataChange(null, invalid.Errors.Select(e => Problem(e, null)).ToList(), null);
            case MasterDataResult.Valid valid when valid.Data.Book.No != book:
                return Refused(new PostingRefusal("WRONG_BOOK", Refusals.InvalidArgument,
                    $"The files describe book {valid.Data.Book.No}, not {book}.", "book"));
            case MasterDataResult.Valid:
                if (!await masterDataStore.FileAsync(book, candidate, actor.Id, clock.GetUtcNow(), CancellationToken.None))
                {
                    return Refused(new PostingRefusal("BOOK_ALREADY_FILED", Refusals.Conflict, $"Book {book} is filed already.", "book"));
                }

                UseMasterData(candidate, 0);
                return new MasterDataChange(0, [], null);
            default:
                throw new InvalidOperationException("Unknown master-data result.");
        }
    }

    public Task<MasterDataChange> DeclareItemVersion(ItemVersion item, PostingActor actor) =>
        Declare(MasterDataSource.Items, [MasterDataRows.Item(item)], actor);

    public Task<MasterDataChange> DeclareMapping(PartMapping mapping, PostingActor actor) =>
        Declare(MasterDataSource.Mappings, [MasterDataRows.Mapping(mapping)], actor);

    public Task<MasterDataChange> DeclareNormVersion(IReadOnlyList<NormLine> lines, PostingActor actor) =>
        Declare(MasterDataSource.Norms, (lines ?? []).Select(MasterDataRows.Norm).ToList(), actor);

    /// <summary>
    /// A declared change is the filed rows plus the new ones, checked by the loader that reads the book on activation,
    /// so that what is accepted is exactly what will be read back.
    /// </summary>
    private async Task<MasterDataChange> Declare(MasterDataSource source, IReadOnlyList<string> rows, PostingActor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (master is null || files is null)
        {
            return Refused(Refusals.UnknownBook(book.Value));
        }

        if (rows.Count == 0)
        {
            return Refused(new PostingRefusal("MALFORMED_FIELD", Refusals.InvalidArgument, "A norm version needs at least one line.", "lines"));
        }

        var candidate = MasterDataTexts.Append(files, source, rows);
        var firstNewRow = MasterDataTexts.RowCount(files, source) + 1;
        switch (MasterDataJson.Load(candidate))
        {
            case MasterDataResult.Invalid invalid:
                return new MasterDataChange(null, invalid.Errors.Select(e => Problem(e, firstNewRow)).ToList(), null);
            case MasterDataResult.Valid:
                var next = changeCount + 1;
                await masterDataStore.AppendChangeAsync(book, next, source, rows, actor.Id, clock.GetUtcNow(), CancellationToken.None);
                UseMasterData(candidate, next);
                return new MasterDataChange(next, [], null);
            default:
                throw new InvalidOperationException("Unknown master-data result.");
        }
    }

    private void UseMasterData(MasterDataFiles stored, int changes)
    {
        master = MasterDataJson.Load(stored) switch
        {
            MasterDataResult.Valid valid => valid.Data,
            MasterDataResult.Invalid invalid => throw new InvalidOperationException(
                $"The stored master data of book {book} no longer reads: {string.Join(" ", invalid.Errors)}"),
            _ => throw new InvalidOperationException("Unknown master-data result."),
        };
        files = stored;
        changeCount = changes;
    }

    private ItemLedger ComputeLedger(ItemLedgerQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var item = Fields.Item("item", query.Item);
        var status = ReportQueries.Status("status", query.Status);
        var period = ReportQueries.Period("period", query.Period);
        if (master!.Describe(item, period.To) is null)
        {
            throw new MalformedField("item", $"Item {item} is not on book {book}.");
        }

        return Domain.Bonded.Reports.ItemLedger.Compute(commits.Committed.Entries, master, item, status, period);
    }

    private BookVersusPhysicalReport ComputeBookVersusPhysical(StockTakeQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return Domain.Bonded.Reports.BookVersusPhysical.Compute(commits.Committed.Entries, master!, ReportQueries.Sheet(query.Sheet),
            ReportQueries.Scope(query.Scope));
    }

    private ConsumptionVarianceReport ComputeVariance(VarianceQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return Domain.Bonded.Reports.ConsumptionVariance.Compute(commits.Committed.Entries, master!, ReportQueries.Actuals(query.Actuals),
            ReportQueries.Tolerance(query.TolerancePercent));
    }

    private string ReconciliationTable(ReconciliationExport export)
    {
        var period = ReportQueries.Period("period", export.Period);
        var entries = commits.Committed.Entries;
        return export.Table switch
        {
            "reconciliation" => ReconciliationCsv.Write(PeriodReconciliation.Compute(entries, master!, period)),
            "materials" => ReconciliationCsv.Write(WriteOffTables.Compute(entries, master!, period).Materials),
            "finished-goods" => ReconciliationCsv.Write(WriteOffTables.Compute(entries, master!, period).FinishedGoods),
            "norm-consumption" => NormConsumptionCsv.Write(WriteOffTables.Compute(entries, master!, period).NormConsumption),
            "documents" => DocumentMovementCsv.Write(WriteOffTables.Compute(entries, master!, period).Documents),
            _ => throw new MalformedField("table", $"'{export.Table}' is not one of reconciliation, materials, finished-goods, norm-consumption, documents."),
        };
    }

    private ExportedReport DeclarationText(DeclarationExport export)
    {
        var draft = DeclarationDraft.Compose(commits.Committed.Entries, master!, ReportQueries.Document(export.Document));
        return export.Json
            ? new ExportedReport("application/json", DeclarationDraftJson.Write(draft))
            : Csv(DeclarationLinesCsv.Write(draft));
    }

    private static PostingResult Result(PostingOutcome outcome, IReadOnlyList<JournalEntry> entries) =>
        new(outcome, entries.Select(EntryViews.Of).ToList(), EntryViews.ReceivedLots(entries), null);

    private static ExportedReport Csv(string text) => new("text/csv", text);

    private Task<BookAnswer<T>> Read<T>(Func<T> read)
        where T : class
    {
        if (master is null)
        {
            return Task.FromResult(BookAnswer<T>.Refused(Refusals.UnknownBook(book.Value)));
        }

        try
        {
            return Task.FromResult(BookAnswer<T>.Of(read()));
        }
        catch (MalformedField malformed)
        {
            return Task.FromResult(BookAnswer<T>.Refused(Refusals.Malformed(malformed)));
        }
    }

    private static MasterDataChange Refused(PostingRefusal refusal) => new(null, [], refusal);

    /// <summary>The results of postings decided together, or the refusal of the list and the posting it names.</summary>
    private sealed record DecidedPostings(IReadOnlyList<PostingResult> Lines, (int? Line, PostingRefusal Refusal)? Refusal)
    {
        public static DecidedPostings Refused(int? line, PostingRefusal refusal) => new([], (line, refusal));
    }

    private static MasterDataProblem Problem(MasterDataError error, int? firstNewRow) =>
        new(error.File, firstNewRow is { } first && error.Row is { } row ? (row >= first ? row - first + 1 : null) : error.Row, error.Field, error.Message);
}

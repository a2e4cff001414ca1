using Mes.Contracts.Bonded.MasterData;
using Mes.Contracts.Bonded.Postings;
using Mes.Contracts.Bonded.Reports;

namespace Mes.Contracts.Bonded;

/// <summary>
/// One bonded account book (电子账册): its journal in PostgreSQL, the balances it implies and its filed master
/// data. Keyed by <see cref="AccountBookKey"/> (<c>book:</c> and the filing number). Postings are decided in arrival
/// order and answered only once committed; a repeat under the same idempotency key returns the original entries.
/// </summary>
[Alias("mes.bonded.account-book")]
public interface IAccountBookGrain : IGrainWithStringKey
{
    /// <summary>Posts a command as <paramref name="actor"/> (the authenticated caller).</summary>
    [Alias("post")]
    Task<PostingResult> Post(BondedPosting posting, PostingActor actor);

    /// <summary>
    /// Posts commands as <paramref name="actor"/> all together or not at all (the lines of one inventory list): each
    /// is decided against the book as the ones before it leave it, and their entries are written in one transaction.
    /// </summary>
    [Alias("post-all")]
    Task<PostingListResult> PostAll(IReadOnlyList<BondedPosting> postings, PostingActor actor);

    /// <summary>
    /// Back-flushes completed production as the MES itself (<see cref="PostingActor.Mes"/>): what the production
    /// side calls when an order, or a batch of its units, completes.
    /// </summary>
    [Alias("post-backflush")]
    Task<PostingResult> PostBackflush(BackflushPosting posting);

    /// <summary>Journal entries from <paramref name="fromSequence"/> on, at most <paramref name="limit"/>.</summary>
    [Alias("journal")]
    Task<BookAnswer<IReadOnlyList<JournalEntryView>>> Journal(long fromSequence, int limit);

    /// <summary>Balances per item at <paramref name="at"/> (now when null).</summary>
    [Alias("balances")]
    Task<BookAnswer<BalancesView>> Balances(DateTimeOffset? at);

    /// <summary>The ledger of one item with its running balance.</summary>
    [Alias("item-ledger")]
    Task<BookAnswer<ItemLedgerView>> ItemLedger(ItemLedgerQuery query);

    /// <summary>The period reconciliation and the write-off tables.</summary>
    [Alias("reconciliation")]
    Task<BookAnswer<ReconciliationView>> Reconciliation(ReportPeriod period);

    /// <summary>A recorded stock-take compared with the book, with the value at risk.</summary>
    [Alias("book-versus-physical")]
    Task<BookAnswer<BookVersusPhysicalView>> BookVersusPhysical(StockTakeQuery query);

    /// <summary>Actual against declared consumption per order and material, flagged outside the tolerance.</summary>
    [Alias("consumption-variance")]
    Task<BookAnswer<ConsumptionVarianceView>> ConsumptionVariance(VarianceQuery query);

    /// <summary>Reads the journal back from PostgreSQL and recomputes its hash chain.</summary>
    [Alias("verify")]
    Task<BookAnswer<JournalVerificationView>> VerifyJournal();

    /// <summary>Draft inventory-list lines for the outbound movements booked against a document number.</summary>
    [Alias("declaration-draft")]
    Task<BookAnswer<DeclarationDraftView>> DraftDeclaration(string document);

    /// <summary>A report as text in the domain's documented layout (CSV, or the declaration draft's JSON).</summary>
    [Alias("export")]
    Task<BookAnswer<ExportedReport>> Export(ReportExport export);

    /// <summary>The filed master data.</summary>
    [Alias("master-data")]
    Task<BookAnswer<MasterDataView>> MasterData();

    /// <summary>Files a new book from its four master-data files; refused when the book exists or the files name another book.</summary>
    [Alias("file")]
    Task<MasterDataChange> File(MasterDataFileTexts files, PostingActor actor);

    /// <summary>Declares the next version of an item.</summary>
    [Alias("declare-item")]
    Task<MasterDataChange> DeclareItemVersion(ItemVersion item, PostingActor actor);

    /// <summary>Declares a mapping of a part, superseding its current one from the new start.</summary>
    [Alias("declare-mapping")]
    Task<MasterDataChange> DeclareMapping(PartMapping mapping, PostingActor actor);

    /// <summary>Declares a new norm version: every material line of one product under one new version.</summary>
    [Alias("declare-norm")]
    Task<MasterDataChange> DeclareNormVersion(IReadOnlyList<NormLine> lines, PostingActor actor);
}

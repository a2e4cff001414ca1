using System.Globalization;
using Mes.Bench.Load.Calls;
using Mes.Bench.Load.Ledger;
using Mes.Bench.Load.Plant;
using Mes.Bench.Load.Terminals;
using Mes.Gateway.Api.V1;
using Mes.Testing;
using Npgsql;

namespace Mes.Resilience.Tests.Support;

/// <summary>
/// The load a fault happens under, from the load generator: the terminals of line smt-01 moving units along the route
/// (every scan with its request id) and an integration posting import receipts into one book (every posting with its
/// idempotency key). A call the system could not answer is retried with the same id, as a plant client does, until it
/// is answered; what was acknowledged is recorded and afterwards looked up in PostgreSQL and through the API.
/// </summary>
public sealed class PlantLoad
{
    /// <summary>The badge of the load's operator, certified for every operation.</summary>
    public const string Badge = "BR0001";

    private readonly CancellationTokenSource _stop = new();
    private readonly LineCrew _crew;
    private readonly GatewayNode _gateway;
    private Task _running = Task.CompletedTask;

    private PlantLoad(LineCrew crew, LedgerClerk clerk, GatewayNode gateway)
    {
        _crew = crew;
        Clerk = clerk;
        _gateway = gateway;
    }

    /// <summary>Acknowledged unit completions.</summary>
    public Completions Completions { get; } = new();

    /// <summary>The clerk posting receipts, with its acknowledged postings.</summary>
    public LedgerClerk Clerk { get; }

    /// <summary>Scans: latencies, retries by status, calls given up on.</summary>
    public CallLog Scans { get; } = new("scan");

    /// <summary>Postings: latencies, retries by status, calls given up on.</summary>
    public CallLog Postings { get; } = new("posting");

    /// <summary>Acknowledged completions and postings so far.</summary>
    public int Acknowledged => Completions.Acknowledged.Count + Clerk.Acknowledged.Count;

    /// <summary>What was acknowledged and what failed so far, for the message of a wait that ran out.</summary>
    public string Progress() =>
        $"completions {Completions.Acknowledged.Count}, postings {Clerk.Acknowledged.Count}, " +
        $"scan failures [{string.Join(" | ", Scans.Failures.Take(3))}], posting failures [{string.Join(" | ", Postings.Failures.Take(3))}]";

    /// <summary>The sample plant with its machines at <paramref name="endpoint"/> and the load's operator.</summary>
    public static PlantFiles Plant(string endpoint) =>
        PlantFiles.Read(Path.Combine(Repository.Root, "samples", "plant")).WithLines(1, 1, endpoint, [Badge]);

    /// <summary>Sets up line smt-01's terminals (an order, terminal keys, the operator badged in, reels).</summary>
    public static async Task<PlantLoad> SetUp(GatewayNode gateway, PlantFiles plant, LedgerClerk clerk)
    {
        ArgumentNullException.ThrowIfNull(gateway);
        var runId = Guid.NewGuid().ToString("N")[..8];
        var crew = await LineCrew.SetUp(gateway.Connection.Channel, LineRoute.Of(plant, PlantFiles.LineId(1)), gateway.Admin, gateway.Admin, _ => Badge, runId);
        return new PlantLoad(crew, clerk, gateway);
    }

    /// <summary>Files a new book from the sample and returns a clerk posting into it as an integration.</summary>
    public static async Task<LedgerClerk> Book(GatewayNode gateway, string bookNo)
    {
        ArgumentNullException.ThrowIfNull(gateway);
        var auth = new Auth.AuthClient(gateway.Connection.Channel);
        var key = await auth.CreateApiKeyAsync(new CreateApiKeyRequest { Name = "clerk-" + bookNo.ToLowerInvariant() }, gateway.Admin);
        return await LedgerClerk.FileBook(new Bonded.BondedClient(gateway.Connection.Channel), gateway.Admin,
            new Grpc.Core.Metadata { { "x-api-key", key.ApiKey } }, bookNo, Path.Combine(Repository.Root, "samples", "bonded"));
    }

    /// <summary>A new account book number.</summary>
    public static string NewBookNo() => "R" + Random.Shared.NextInt64(10_000_000_000, 99_999_999_999).ToString(CultureInfo.InvariantCulture);

    /// <summary>Starts the terminals and <paramref name="posters"/> concurrent posters; they run until <see cref="StopAsync"/>.</summary>
    public void Start(int posters)
    {
        var caller = new RetryingCaller();
        var run = new TerminalRun(caller, Scans, Completions, TimeSpan.Zero, _stop.Token);
        _running = Task.WhenAll([_crew.Run(run), .. Enumerable.Range(0, posters).Select(p => Clerk.Run($"k{p}", caller, Postings, _stop.Token))]);
    }

    /// <summary>Stops taking new work and waits until every call under way has been answered.</summary>
    public async Task StopAsync()
    {
        await _stop.CancelAsync();
        await _running;
    }

    /// <summary>What PostgreSQL and the API hold for what was acknowledged.</summary>
    public async Task<LoadRecord> Collect(string connectionString)
    {
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        var journal = new Dictionary<string, long>(StringComparer.Ordinal);
        await using (var rows = dataSource.CreateCommand("SELECT idempotency_key, count(*) FROM bonded_journal WHERE book = $1 GROUP BY idempotency_key"))
        {
            rows.Parameters.Add(new NpgsqlParameter { Value = Clerk.Book });
            await using var reader = await rows.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                journal[reader.GetString(0)] = reader.GetInt64(1);
            }
        }

        var genealogy = new Dictionary<(string Serial, string Operation), long>();
        await using (var rows = dataSource.CreateCommand("SELECT serial, operation_id, count(*) FROM genealogy_operation WHERE order_no = $1 GROUP BY serial, operation_id"))
        {
            rows.Parameters.Add(new NpgsqlParameter { Value = _crew.OrderNo });
            await using var reader = await rows.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                genealogy[(reader.GetString(0), reader.GetString(1))] = reader.GetInt64(2);
            }
        }

        var bonded = new Bonded.BondedClient(_gateway.Connection.Channel);
        var verification = await bonded.VerifyJournalAsync(new VerifyJournalRequest { Book = Clerk.Book }, _gateway.Admin);
        var balances = await bonded.GetBalancesAsync(new GetBalancesRequest { Book = Clerk.Book }, _gateway.Admin);
        var stock = balances.Rows.Where(r => r.Status == "Bonded")
            .ToDictionary(r => r.Item, r => decimal.Parse(r.Stock, CultureInfo.InvariantCulture), StringComparer.Ordinal);
        return new LoadRecord(journal, genealogy, verification.Intact, verification.EntriesChecked, stock);
    }
}

/// <summary>
/// What the database and the API hold after a run: journal rows per idempotency key of the book, genealogy rows per
/// (serial, operation) of the line's order, the journal's verification, and the bonded stock per customs item.
/// </summary>
public sealed record LoadRecord(
    IReadOnlyDictionary<string, long> JournalRowsByKey,
    IReadOnlyDictionary<(string Serial, string Operation), long> GenealogyRows,
    bool JournalIntact,
    long EntriesChecked,
    IReadOnlyDictionary<string, decimal> BondedStockByItem);

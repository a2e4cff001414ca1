using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Grpc.Core;
using Mes.Bench.Load.Calls;
using Mes.Gateway.Api.V1;

namespace Mes.Bench.Load.Ledger;

/// <summary>
/// Posts import receipts into one account book, each under its own idempotency key, as an integration does (an ERP
/// booking inventory-verification-list lines): a receipt that was not answered is sent again under the same key.
/// Records every acknowledged posting with the declared quantity its entry carries, so that the book's balances can be
/// checked against what was acknowledged.
/// </summary>
public sealed class LedgerClerk(Bonded.BondedClient api, Metadata credentials, string book)
{
    /// <summary>The part every receipt brings in.</summary>
    public const string Part = "CAP-0402-100N";

    private readonly ConcurrentDictionary<string, PostedReceipt> _acknowledged = new(StringComparer.Ordinal);

    /// <summary>The book posted to.</summary>
    public string Book { get; } = book;

    /// <summary>Acknowledged postings by idempotency key.</summary>
    public IReadOnlyDictionary<string, PostedReceipt> Acknowledged => _acknowledged;

    /// <summary>
    /// Files a new book from the sample's files (<c>samples/bonded</c>) under <paramref name="book"/>, so that a run's
    /// journal and balances are its own.
    /// </summary>
    public static async Task<LedgerClerk> FileBook(Bonded.BondedClient api, Metadata manager, Metadata poster, string book, string samples)
    {
        ArgumentNullException.ThrowIfNull(api);
        await Mes.Bench.Ledger.SampleBook.File(api, manager, book, samples);
        return new LedgerClerk(api, poster, book);
    }

    /// <summary>Posts receipts one after the other, keys <c>{prefix}-{n}</c>, until <paramref name="stop"/>.</summary>
    public async Task Run(string prefix, RetryingCaller caller, CallLog postings, CancellationToken stop)
    {
        ArgumentNullException.ThrowIfNull(caller);
        for (var n = 0; !stop.IsCancellationRequested; n++)
        {
            var key = string.Create(CultureInfo.InvariantCulture, $"{prefix}-{n}");
            try
            {
                var reply = await caller.Call(postings, credentials, o => api.ReceiveImportAsync(Receipt(key), o), CancellationToken.None);
                var entry = reply.Entries.Single();
                _acknowledged[key] = new PostedReceipt(key, entry.Item, decimal.Parse(entry.DeclaredQuantity, CultureInfo.InvariantCulture), reply.Outcome);
            }
            catch (RpcException)
            {
                // Refused or given up: the log has it, and nothing counts it as acknowledged.
            }
        }
    }

    private ReceiveImportRequest Receipt(string key) => new()
    {
        Book = Book,
        IdempotencyKey = key,
        Lot = key,
        Part = Part,
        StockQuantity = "10000",
        Value = new Money { Amount = "50.00", Currency = "502" },
        Reason = "load",
        Documents = { new DocumentReference { Type = "InventoryVerificationList", Number = DocumentNumber(key), Line = 1 } },
    };

    // The same key always names the same document, in every process: a retry is the same request.
    private static string DocumentNumber(string key) =>
        "QD" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)).AsSpan(0, 6));
}

/// <summary>An acknowledged receipt: its key, the customs item and the declared quantity its entry carries.</summary>
public sealed record PostedReceipt(string IdempotencyKey, string Item, decimal DeclaredQuantity, string Outcome);

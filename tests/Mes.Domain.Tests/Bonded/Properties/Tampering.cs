using Mes.Domain.Bonded.Identifiers;
using Mes.Domain.Bonded.Journal;
using Mes.Domain.Bonded.Quantities;

namespace Mes.Domain.Tests.Bonded.Properties;

/// <summary>
/// One way to alter each field of a journal entry, nested fields included. Each alteration changes the value
/// (a null becomes a value, a value becomes another or null), never only its decimal scale.
/// </summary>
internal static class Tampering
{
    public static readonly IReadOnlyList<(string Field, Func<JournalEntry, JournalEntry> Alter)> Alterations =
    [
        ("JournalEntry.Sequence", e => e with { Sequence = e.Sequence + 1 }),
        ("JournalEntry.Book", e => e with { Book = new AccountBookNo("H51082500002") }),
        ("JournalEntry.PostedAt", e => e with { PostedAt = e.PostedAt.AddTicks(10) }),
        ("JournalEntry.Actor", e => e with { Actor = new Actor(e.Actor.Id + "x", e.Actor.Role) }),
        ("Actor.Role", e => e with { Actor = new Actor(e.Actor.Id, Next(e.Actor.Role)) }),
        ("JournalEntry.Reason", e => e with { Reason = e.Reason + "x" }),
        ("JournalEntry.IdempotencyKey", e => e with { IdempotencyKey = new IdempotencyKey(e.IdempotencyKey.Value + "x") }),
        ("JournalEntry.CommandDigest", e => e with { CommandDigest = Flip(e.CommandDigest) }),
        ("JournalEntry.PreviousHash", e => e with { PreviousHash = EntryHash.Parse(Flip(e.PreviousHash.Hex)) }),
        ("JournalEntry.Hash", e => e with { Hash = EntryHash.Parse(Flip(e.Hash.Hex)) }),
        ("Movement.Kind", e => Move(e, m => m with { Kind = Next(m.Kind) })),
        ("Movement.Item", e => Move(e, m => m with { Item = new ItemNo(m.Item.Kind, m.Item.Sequence + 1) })),
        ("Movement.Status", e => Move(e, m => m with { Status = Next(m.Status) })),
        ("Movement.Part", e => Move(e, m => m with { Part = m.Part is null ? new PartNo("X") : null })),
        ("Movement.Lot", e => Move(e, m => m with { Lot = m.Lot is null ? new LotNo("X") : null })),
        ("Movement.Value", e => Move(e, m => m with { Value = m.Value is { } v ? v with { Amount = v.Amount + 0.01m } : new Money(1m, new CurrencyCode("502")) })),
        ("Money.Currency", e => Move(e, m => m with { Value = new Money(m.Value?.Amount ?? 0m, new CurrencyCode(m.Value?.Currency.Value == "142" ? "502" : "142")) })),
        ("Movement.Origin", e => Move(e, m => m with { Origin = m.Origin is null ? new CountryCode("142") : null })),
        ("Movement.Documents", e => Move(e, m => m with { Documents = DocumentRefs.Of([.. m.Documents.Items, new DocumentRef(DocumentType.GatePass, "HF1")]) })),
        ("DocumentRef.Line", e => Move(e, m => m with { Documents = DocumentRefs.Of(m.Documents.Items.Select((d, i) => i == 0 ? new DocumentRef(d.Type, d.Number, (d.Line ?? 0) + 1) : d).DefaultIfEmpty(new DocumentRef(DocumentType.GatePass, "HF1"))) })),
        ("Movement.Order", e => Move(e, m => m with { Order = m.Order is null ? new OrderNo("PO-X") : null })),
        ("Movement.Norm", e => Move(e, m => m with { Norm = m.Norm is { } n ? n with { Version = n.Version + 1 } : new NormRef(new ItemNo(ItemKind.FinishedGood, 1), 1) })),
        ("Movement.Consumption", e => Move(e, m => m with { Consumption = m.Consumption is null ? new ConsumptionBasis(1m, 0m, 0m, 100m, 0m) : null })),
        ("Movement.Duty", e => Move(e, m => m with { Duty = m.Duty is null ? new DutyBasis(DutyTreatment.AsFinishedGoods, new Money(1m, new CurrencyCode("502"))) : null })),
        ("DutyBasis.Treatment", e => Move(e, m => m with { Duty = new DutyBasis(Next(m.Duty?.Treatment ?? DutyTreatment.AsFinishedGoods), m.Duty?.DutiableValue ?? new Money(0m, new CurrencyCode("502"))) })),
        ("Movement.Counterparty", e => Move(e, m => m with { Counterparty = m.Counterparty is null ? new Counterparty("X", "Y") : null })),
        ("Counterparty.Name", e => Move(e, m => m with { Counterparty = new Counterparty(m.Counterparty?.Code ?? "X", (m.Counterparty?.Name ?? "Y") + "z") })),
        ("Movement.Disposal", e => Move(e, m => m with { Disposal = m.Disposal is null ? DisposalMode.Destruction : null })),
        ("Movement.Reverses", e => Move(e, m => m with { Reverses = m.Reverses is { } r ? r with { Sequence = r.Sequence + 1 } : new ReversalOf(1, EntryKind.ImportReceipt) })),
        ("EntryQuantities.Stock", e => Quantities(e, q => q with { Stock = q.Stock with { Value = q.Stock.Value + 1 } })),
        ("Quantity.Unit", e => Quantities(e, q => q with { Stock = q.Stock with { Unit = new UnitOfMeasure(q.Stock.Unit.Value + "x") } })),
        ("EntryQuantities.Factor", e => Quantities(e, q => q with { Factor = q.Factor + 0.5m })),
        ("EntryQuantities.Declared", e => Quantities(e, q => q with { Declared = q.Declared with { Value = q.Declared.Value + 1 } })),
        ("EntryQuantities.FirstLegal", e => Quantities(e, q => q with { FirstLegal = q.FirstLegal with { Value = q.FirstLegal.Value + 1 } })),
        ("LegalQuantity.Factor", e => Quantities(e, q => q with { FirstLegal = q.FirstLegal with { Factor = q.FirstLegal.Factor + 1 } })),
        ("EntryQuantities.SecondLegal", e => Quantities(e, q => q with { SecondLegal = q.SecondLegal is null ? new LegalQuantity(1m, new UnitOfMeasure("035"), 1m) : null })),
        ("ConsumptionBasis.Net", e => Basis(e, b => b with { Net = b.Net + 1 })),
        ("ConsumptionBasis.TangibleLossPercent", e => Basis(e, b => b with { TangibleLossPercent = b.TangibleLossPercent + 1 })),
        ("ConsumptionBasis.IntangibleLossPercent", e => Basis(e, b => b with { IntangibleLossPercent = b.IntangibleLossPercent + 1 })),
        ("ConsumptionBasis.BondedSharePercent", e => Basis(e, b => b with { BondedSharePercent = b.BondedSharePercent - 1 })),
        ("ConsumptionBasis.TheoreticalScrap", e => Basis(e, b => b with { TheoreticalScrap = b.TheoreticalScrap + 1 })),
    ];

    private static JournalEntry Move(JournalEntry e, Func<Movement, Movement> alter) => e with { Movement = alter(e.Movement) };

    private static JournalEntry Quantities(JournalEntry e, Func<EntryQuantities, EntryQuantities> alter) =>
        Move(e, m => m with { Quantities = alter(m.Quantities) });

    // An entry without consumption figures gets some, altered: a change either way.
    private static JournalEntry Basis(JournalEntry e, Func<ConsumptionBasis, ConsumptionBasis> alter) =>
        Move(e, m => m with { Consumption = alter(m.Consumption ?? new ConsumptionBasis(1m, 2m, 3m, 100m, 0m)) });

    private static T Next<T>(T value)
        where T : struct, Enum
    {
        var values = Enum.GetValues<T>();
        return values[(Array.IndexOf(values, value) + 1) % values.Length];
    }

    private static string Flip(string hex) => (hex[0] == '0' ? "1" : "0") + hex[1..];
}

using Mes.Domain.Bonded.Quantities;

namespace Mes.Domain.Bonded.Journal;

/// <summary>
/// The canonical field order of a journal entry. Every field of <see cref="JournalEntry"/> except the hash
/// itself is written, nested values field by field, so that changing any of them changes the hash.
/// </summary>
internal static class EntryEncoding
{
    public const string Format = "zone-mes/bonded-journal-entry/v1";

    public static byte[] Encode(JournalEntry entry)
    {
        var w = new CanonicalWriter(Format);
        w.Integer("sequence", entry.Sequence);
        w.Text("book", entry.Book.Value);
        w.Time("postedAt", entry.PostedAt);
        WriteMovement(w, entry.Movement);
        w.Text("actor.id", entry.Actor.Id);
        w.Enum("actor.role", (ActorRole?)entry.Actor.Role);
        w.Text("reason", entry.Reason);
        w.Text("idempotencyKey", entry.IdempotencyKey.Value);
        w.Text("commandDigest", entry.CommandDigest);
        w.Text("previousHash", entry.PreviousHash.Hex);
        return w.ToArray();
    }

    private static void WriteMovement(CanonicalWriter w, Movement m)
    {
        w.Enum("kind", (EntryKind?)m.Kind);
        w.Text("item", m.Item.ToString());
        w.Enum("status", (BondedStatus?)m.Status);
        w.Text("part", m.Part?.Value);
        w.Text("lot", m.Lot?.Value);
        WriteQuantities(w, m.Quantities);
        w.Number("value.amount", m.Value?.Amount);
        w.Text("value.currency", m.Value?.Currency.Value);
        w.Text("origin", m.Origin?.Value);
        w.Integer("documents.count", m.Documents.Items.Length);
        foreach (var document in m.Documents.Items)
        {
            w.Enum("document.type", (DocumentType?)document.Type);
            w.Text("document.number", document.Number);
            w.Integer("document.line", document.Line);
        }

        w.Text("order", m.Order?.Value);
        w.Text("norm.product", m.Norm?.Product.ToString());
        w.Integer("norm.version", m.Norm?.Version);
        w.Number("consumption.net", m.Consumption?.Net);
        w.Number("consumption.tangibleLossPercent", m.Consumption?.TangibleLossPercent);
        w.Number("consumption.intangibleLossPercent", m.Consumption?.IntangibleLossPercent);
        w.Number("consumption.bondedSharePercent", m.Consumption?.BondedSharePercent);
        w.Number("consumption.theoreticalScrap", m.Consumption?.TheoreticalScrap);
        w.Enum("duty.treatment", m.Duty?.Treatment);
        w.Number("duty.amount", m.Duty?.DutiableValue.Amount);
        w.Text("duty.currency", m.Duty?.DutiableValue.Currency.Value);
        w.Text("counterparty.code", m.Counterparty?.Code);
        w.Text("counterparty.name", m.Counterparty?.Name);
        w.Enum("disposal", m.Disposal);
        w.Integer("reverses.sequence", m.Reverses?.Sequence);
        w.Enum("reverses.kind", m.Reverses?.Kind);
    }

    private static void WriteQuantities(CanonicalWriter w, EntryQuantities q)
    {
        w.Number("stock.quantity", q.Stock.Value);
        w.Text("stock.unit", q.Stock.Unit.Value);
        w.Number("factor", q.Factor);
        w.Number("declared.quantity", q.Declared.Value);
        w.Text("declared.unit", q.Declared.Unit.Value);
        w.Number("legal1.quantity", q.FirstLegal.Value);
        w.Text("legal1.unit", q.FirstLegal.Unit.Value);
        w.Number("legal1.factor", q.FirstLegal.Factor);
        w.Number("legal2.quantity", q.SecondLegal?.Value);
        w.Text("legal2.unit", q.SecondLegal?.Unit.Value);
        w.Number("legal2.factor", q.SecondLegal?.Factor);
    }
}

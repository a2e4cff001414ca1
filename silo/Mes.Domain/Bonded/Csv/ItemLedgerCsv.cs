using Mes.Domain.Bonded.Reports;

namespace Mes.Domain.Bonded.Csv;

/// <summary>An item's ledger as CSV: one line per entry with the running balance (opening and closing are the first and last balances).</summary>
public static class ItemLedgerCsv
{
    /// <summary>The layout.</summary>
    public static readonly CsvTable<ItemLedgerLine> Table = new(
        ("sequence", r => CsvCell.Of(r.Sequence)),
        ("posted_at", r => CsvCell.Of(r.PostedAt)),
        ("kind", r => CsvCell.Text(r.Kind)),
        ("effective_kind", r => CsvCell.Text(r.EffectiveKind)),
        ("lot", r => CsvCell.Text(r.Lot)),
        ("part", r => CsvCell.Text(r.Part)),
        ("order", r => CsvCell.Text(r.Order)),
        ("documents", r => r.Documents.ToString()),
        ("in", r => CsvCell.Of(r.In)),
        ("out", r => CsvCell.Of(r.Out)),
        ("balance", r => CsvCell.Of(r.Balance)),
        ("actor", r => r.Actor),
        ("reason", r => r.Reason ?? string.Empty));

    /// <summary>Writes the ledger's lines.</summary>
    public static string Write(ItemLedger ledger)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        return Table.Write(ledger.Lines);
    }
}

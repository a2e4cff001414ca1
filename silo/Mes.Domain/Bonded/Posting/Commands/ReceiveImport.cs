using Mes.Domain.Bonded.Journal;

namespace Mes.Domain.Bonded.Posting.Commands;

/// <summary>
/// Goods arrive from abroad or, non-bonded, from the domestic market. With an inventory-list line among
/// <see cref="LedgerCommand.Documents"/> they are booked as an import receipt; without one they go to suspense
/// until <see cref="AttachReceiptDocument"/>.
/// </summary>
public sealed record ReceiveImport : ReceiptCommand
{
    /// <summary>Bonded (imported under bond) or non-bonded (bought domestically into the zone).</summary>
    public BondedStatus Status { get; init; } = BondedStatus.Bonded;

    internal override void Describe(CanonicalWriter writer)
    {
        base.Describe(writer);
        writer.Enum("status", (BondedStatus?)Status);
    }
}

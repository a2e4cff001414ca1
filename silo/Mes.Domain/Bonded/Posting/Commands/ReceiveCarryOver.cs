using Mes.Domain.Bonded.Journal;

namespace Mes.Domain.Bonded.Posting.Commands;

/// <summary>Bonded goods arrive from another bonded enterprise (深加工结转转入) on a carry-over list.</summary>
public sealed record ReceiveCarryOver : ReceiptCommand
{
    /// <summary>The transferring enterprise and its book.</summary>
    public required Counterparty From { get; init; }

    internal override void Describe(CanonicalWriter writer)
    {
        base.Describe(writer);
        writer.Text("from.code", From.Code);
        writer.Text("from.name", From.Name);
    }
}

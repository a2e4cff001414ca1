using Mes.Domain.Bonded.Journal;

namespace Mes.Domain.Bonded.Posting.Commands;

/// <summary>Goods carried over to another bonded enterprise (深加工结转转出) on a carry-over list.</summary>
public sealed record ShipCarryOver : OutboundCommand
{
    /// <summary>The receiving enterprise and its book.</summary>
    public required Counterparty To { get; init; }

    internal override void Describe(CanonicalWriter writer)
    {
        base.Describe(writer);
        writer.Text("to.code", To.Code);
        writer.Text("to.name", To.Name);
    }
}

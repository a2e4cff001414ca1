using Mes.Domain.Bonded.Identifiers;
using Mes.Domain.Bonded.Journal;

namespace Mes.Domain.Bonded.Posting.Commands;

/// <summary>Defectives of a lot sold, returned abroad or destroyed with customs approval; they leave the book.</summary>
public sealed record DisposeDefective : DisposalCommand
{
    /// <summary>The lot; the quantity is in its stock unit.</summary>
    public required LotNo Lot { get; init; }

    internal override void Describe(CanonicalWriter writer)
    {
        base.Describe(writer);
        writer.Text("lot", Lot.Value);
    }
}

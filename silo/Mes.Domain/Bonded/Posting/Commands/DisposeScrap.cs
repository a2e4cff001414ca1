using Mes.Domain.Bonded.Identifiers;
using Mes.Domain.Bonded.Journal;

namespace Mes.Domain.Bonded.Posting.Commands;

/// <summary>Scrap of a material sold (taxed in its inspected state), returned abroad or destroyed.</summary>
public sealed record DisposeScrap : DisposalCommand
{
    /// <summary>The part whose scrap leaves (its mapping gives the item); the quantity is in its stock unit.</summary>
    public required PartNo Part { get; init; }

    internal override void Describe(CanonicalWriter writer)
    {
        base.Describe(writer);
        writer.Text("part", Part.Value);
    }
}

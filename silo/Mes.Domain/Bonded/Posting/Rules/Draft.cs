using Mes.Domain.Bonded.Journal;

namespace Mes.Domain.Bonded.Posting.Rules;

/// <summary>
/// What a command-specific rule produces: the movements to post, or a refusal. The field names say which
/// command property a balance refusal points at when the drafted movements would overdraw a balance.
/// </summary>
internal readonly record struct Draft(
    IReadOnlyList<Movement>? Movements, string QuantityField, string ScrapField, PostingDecision.Refused? Refusal)
{
    public static Draft Of(string quantityField, IReadOnlyList<Movement> movements, string? scrapField = null) =>
        new(movements, quantityField, scrapField ?? quantityField, null);

    public static implicit operator Draft(PostingDecision.Refused refusal) => new(null, string.Empty, string.Empty, refusal);
}

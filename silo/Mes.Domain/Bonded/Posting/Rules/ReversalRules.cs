using System.Globalization;
using Mes.Domain.Bonded.Journal;
using Mes.Domain.Bonded.Posting.Commands;

namespace Mes.Domain.Bonded.Posting.Rules;

/// <summary>Corrections: a reversing entry that copies the original and undoes its effect.</summary>
internal static class ReversalRules
{
    public static Draft Reverse(PostingContext ctx, ReverseEntry command)
    {
        if (string.IsNullOrWhiteSpace(command.Reason))
        {
            return Refuse.Because(LedgerRule.MissingValue, nameof(command.Reason), "A reversal needs a reason.");
        }

        if (ctx.State.Entry(command.Sequence) is not { } target)
        {
            return Refuse.Because(LedgerRule.UnknownEntry, nameof(command.Sequence), string.Create(CultureInfo.InvariantCulture,
                $"Book {ctx.State.Book} has no entry {command.Sequence}."));
        }

        if (target.Movement.Kind == EntryKind.Reversal)
        {
            return Refuse.Because(LedgerRule.NotReversible, nameof(command.Sequence), string.Create(CultureInfo.InvariantCulture,
                $"Entry {command.Sequence} is a reversal; post the original movement again instead."));
        }

        if (ctx.State.IsReversed(command.Sequence))
        {
            return Refuse.Because(LedgerRule.NotReversible, nameof(command.Sequence), string.Create(CultureInfo.InvariantCulture,
                $"Entry {command.Sequence} has been reversed already."));
        }

        return Draft.Of(nameof(command.Sequence), [target.Movement with
        {
            Kind = EntryKind.Reversal,
            Reverses = new ReversalOf(target.Sequence, target.Movement.Kind),
            // The reversal cites the original's documents as well, so that a document's movements net out.
            Documents = DocumentRefs.Of(target.Movement.Documents.Items.Concat(ctx.Documents.Items)),
        }]);
    }
}

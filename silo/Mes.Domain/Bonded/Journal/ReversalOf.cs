namespace Mes.Domain.Bonded.Journal;

/// <summary>The entry a reversal cancels, and its kind, so that a reversal's effect is known from the reversal alone.</summary>
public sealed record ReversalOf(long Sequence, EntryKind Kind);

namespace Mes.Domain.Bonded.Journal;

/// <summary>The first entry at which a journal's chain breaks.</summary>
/// <param name="Position">The 1-based position of the entry in the journal as read.</param>
/// <param name="RecordedSequence">The sequence number the entry carries.</param>
/// <param name="Problem">How it breaks the chain.</param>
/// <param name="Message">The same in words, with the expected and found values.</param>
public sealed record BrokenEntry(long Position, long RecordedSequence, ChainProblem Problem, string Message);

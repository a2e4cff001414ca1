namespace Mes.Domain.Bonded.Journal;

/// <summary>How an entry breaks the journal's chain.</summary>
public enum ChainProblem
{
    /// <summary>The entry's sequence number is not its position (an entry was removed, inserted or renumbered).</summary>
    SequenceGap,

    /// <summary>The entry names another account book.</summary>
    WrongBook,

    /// <summary>The entry's previous hash is not the hash of the entry before it (or the genesis hash).</summary>
    BrokenLink,

    /// <summary>The entry's content does not hash to the hash it carries: a field was altered.</summary>
    HashMismatch,
}

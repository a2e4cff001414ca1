namespace Mes.Contracts.Bonded;

/// <summary>What became of a posting.</summary>
public enum PostingOutcome
{
    /// <summary>Written to the journal and durable: the entries are committed in PostgreSQL.</summary>
    Posted,

    /// <summary>The same posting was made before under its idempotency key; the entries are the ones it wrote then.</summary>
    AlreadyPosted,

    /// <summary>A rule refused it; nothing was written.</summary>
    Refused,
}

namespace Mes.Domain.Bonded.Ledger;

/// <summary>The places a quantity of an item sits in; each is kept per item and status, the first four per lot too.</summary>
public enum Bucket
{
    /// <summary>On site and usable (the posted balance).</summary>
    Stock,

    /// <summary>At a subcontractor for outward processing; still on the book.</summary>
    AtSubcontractor,

    /// <summary>Found defective and awaiting disposal; still on the book.</summary>
    Defective,

    /// <summary>Received without a customs document; not on the book until a document is attached.</summary>
    Suspense,

    /// <summary>Scrap generated inside the norm's tangible loss and not yet disposed of.</summary>
    Scrap,

    /// <summary>
    /// The scrap still allowed: theoretical scrap of all consumption minus the scrap generated. Never below
    /// zero, which is the rule that scrap stays within the theoretical loss.
    /// </summary>
    ScrapAllowance,
}

namespace Mes.Domain.Bonded.Posting;

/// <summary>The rules a posting can break. Each has a stable code (<see cref="LedgerRuleCodes.Code"/>) for clients.</summary>
public enum LedgerRule
{
    /// <summary>A quantity is zero, negative or otherwise unusable.</summary>
    InvalidQuantity,

    /// <summary>A money amount is negative or has more decimals than the declared precision.</summary>
    InvalidAmount,

    /// <summary>A required value is missing.</summary>
    MissingValue,

    /// <summary>The item is not on the book, or not of the kind the movement needs.</summary>
    UnknownItem,

    /// <summary>The part is not mapped to an item of the book at the posting time.</summary>
    UnknownPart,

    /// <summary>The lot is not known to the book.</summary>
    UnknownLot,

    /// <summary>The journal has no entry with that sequence number.</summary>
    UnknownEntry,

    /// <summary>The posting would take a balance below zero.</summary>
    NegativeBalance,

    /// <summary>The movement needs a customs or internal document it does not cite.</summary>
    MissingDocument,

    /// <summary>Bonded and non-bonded goods would meet in one lot.</summary>
    MixedBondedStatus,

    /// <summary>The lot holds another part, item or norm version than the movement names.</summary>
    LotMismatch,

    /// <summary>The lot has already been received and still holds goods.</summary>
    LotAlreadyReceived,

    /// <summary>The lot has nothing in suspense to attach a document to.</summary>
    NotInSuspense,

    /// <summary>The cited norm version does not exist or is not in force at the posting time.</summary>
    NoEffectiveNorm,

    /// <summary>The scrap would exceed the theoretical (tangible) loss of the consumption booked.</summary>
    ScrapExceedsTheoreticalLoss,

    /// <summary>The entry is a reversal, or has been reversed already.</summary>
    NotReversible,

    /// <summary>The actor's role may not post this.</summary>
    ActorNotPermitted,

    /// <summary>The idempotency key was used before for another command.</summary>
    IdempotencyConflict,
}

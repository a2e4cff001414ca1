namespace Mes.Domain.Bonded.Posting;

/// <summary>Stable codes and categories of the posting rules. The codes never change once published.</summary>
public static class LedgerRuleCodes
{
    /// <summary>The rule's code, e.g. <c>NEGATIVE_BALANCE</c>.</summary>
    public static string Code(this LedgerRule rule) => rule switch
    {
        LedgerRule.InvalidQuantity => "INVALID_QUANTITY",
        LedgerRule.InvalidAmount => "INVALID_AMOUNT",
        LedgerRule.MissingValue => "MISSING_VALUE",
        LedgerRule.UnknownItem => "UNKNOWN_ITEM",
        LedgerRule.UnknownPart => "UNKNOWN_PART",
        LedgerRule.UnknownLot => "UNKNOWN_LOT",
        LedgerRule.UnknownEntry => "UNKNOWN_ENTRY",
        LedgerRule.NegativeBalance => "NEGATIVE_BALANCE",
        LedgerRule.MissingDocument => "MISSING_DOCUMENT",
        LedgerRule.MixedBondedStatus => "MIXED_BONDED_STATUS",
        LedgerRule.LotMismatch => "LOT_MISMATCH",
        LedgerRule.LotAlreadyReceived => "LOT_ALREADY_RECEIVED",
        LedgerRule.NotInSuspense => "NOT_IN_SUSPENSE",
        LedgerRule.NoEffectiveNorm => "NO_EFFECTIVE_NORM",
        LedgerRule.ScrapExceedsTheoreticalLoss => "SCRAP_EXCEEDS_THEORETICAL_LOSS",
        LedgerRule.NotReversible => "NOT_REVERSIBLE",
        LedgerRule.ActorNotPermitted => "ACTOR_NOT_PERMITTED",
        LedgerRule.IdempotencyConflict => "IDEMPOTENCY_CONFLICT",
        _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, "Unknown ledger rule."),
    };

    /// <summary>Whether the rule refuses a malformed command, a forbidden one, an unauthorised one or a conflicting one.</summary>
    public static RefusalCategory Category(this LedgerRule rule) => rule switch
    {
        LedgerRule.InvalidQuantity or LedgerRule.InvalidAmount or LedgerRule.MissingValue or LedgerRule.UnknownItem or LedgerRule.UnknownPart
            or LedgerRule.UnknownLot or LedgerRule.UnknownEntry => RefusalCategory.InvalidArgument,
        LedgerRule.ActorNotPermitted => RefusalCategory.PermissionDenied,
        LedgerRule.IdempotencyConflict => RefusalCategory.Conflict,
        _ => RefusalCategory.FailedPrecondition,
    };
}

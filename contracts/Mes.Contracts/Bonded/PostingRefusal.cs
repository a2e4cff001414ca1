namespace Mes.Contracts.Bonded;

/// <summary>Why a posting or a request was refused.</summary>
/// <param name="Code">The rule's stable code, e.g. <c>NEGATIVE_BALANCE</c>, <c>ACTOR_NOT_PERMITTED</c>, <c>UNKNOWN_BOOK</c>.</param>
/// <param name="Category"><c>InvalidArgument</c>, <c>FailedPrecondition</c>, <c>PermissionDenied</c>, <c>Conflict</c> or <c>NotFound</c>.</param>
/// <param name="Message">What is wrong, in words a user can act on.</param>
/// <param name="Field">The request field at fault (camelCase, as in the contract), if one is.</param>
[GenerateSerializer, Immutable, Alias("mes.bonded.refusal")]
public sealed record PostingRefusal(
    [property: Id(0)] string Code,
    [property: Id(1)] string Category,
    [property: Id(2)] string Message,
    [property: Id(3)] string? Field);

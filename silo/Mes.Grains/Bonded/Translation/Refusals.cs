using Mes.Contracts.Bonded;
using Mes.Domain.Bonded.MasterData;
using Mes.Domain.Bonded.Posting;
using Mes.Domain.Bonded.Posting.Commands;

namespace Mes.Grains.Bonded.Translation;

/// <summary>Refusals as the contract carries them. Categories: InvalidArgument, FailedPrecondition, PermissionDenied, Conflict, NotFound, Unavailable.</summary>
internal static class Refusals
{
    public const string InvalidArgument = "InvalidArgument";
    public const string NotFound = "NotFound";
    public const string Conflict = "Conflict";
    public const string Unavailable = "Unavailable";

    public static PostingRefusal Of(PostingDecision.Refused refused, LedgerCommand command) =>
        new(refused.Code, refused.Category.ToString(), refused.Message, ContractField(refused.Field, command));

    /// <summary>A posting's refusal as the refusal of the list it is line <paramref name="line"/> (from 0) of.</summary>
    public static PostingRefusal OfLine(int line, PostingRefusal refusal) => refusal with
    {
        Field = refusal.Field is { } field ? $"lines[{line}].{field}" : $"lines[{line}]",
        Message = $"Line {line + 1}: {refusal.Message}",
    };

    public static PostingRefusal Malformed(MalformedField malformed) =>
        new("MALFORMED_FIELD", InvalidArgument, malformed.Message, malformed.Field);

    public static PostingRefusal UnknownBook(string book) =>
        new("UNKNOWN_BOOK", NotFound, $"Account book {book} is not filed.", "book");

    public static PostingRefusal JournalUnavailable(JournalUnavailableException e) =>
        new("JOURNAL_UNAVAILABLE", Unavailable, e.Message + " Nothing was written; retry with the same idempotency key.", null);

    public static PostingRefusal MasterDataRefused(IReadOnlyList<MasterDataError> errors) =>
        new("MASTER_DATA_REFUSED", InvalidArgument, string.Join(" ", errors.Select(e => e.ToString())), errors.Count > 0 ? errors[0].Field : null);

    /// <summary>The domain names command properties (<c>StockQuantity</c>); the contract's fields are camelCase, and back-flush lots are <c>consumedLots</c>.</summary>
    private static string? ContractField(string? field, LedgerCommand command) => field switch
    {
        null or "" => null,
        "PreferredLots" when command is BackflushProduction => "consumedLots",
        _ => char.ToLowerInvariant(field[0]) + field[1..],
    };
}

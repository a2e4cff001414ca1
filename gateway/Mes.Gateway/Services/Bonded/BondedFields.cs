using System.Globalization;
using System.Text.RegularExpressions;
using Google.Protobuf.WellKnownTypes;
using Mes.Contracts.Bonded;

namespace Mes.Gateway.Services.Bonded;

/// <summary>Request fields read into contract values: decimals from text, times, the book. A malformed value is INVALID_ARGUMENT naming the field.</summary>
internal static partial class BondedFields
{
    public static string Book(string book) => AccountBookKey.IsValidBookNo(book)
        ? AccountBookKey.For(book)
        : throw ApiErrors.InvalidArgument("book", "must be the twelve-character filing number: capital letters and digits, starting with a letter");

    /// <summary>A decimal written as plain digits with an optional sign and point ("1234.50"); no exponent, no grouping.</summary>
    public static decimal Decimal(string? text, string field)
    {
        if (string.IsNullOrEmpty(text))
        {
            throw ApiErrors.InvalidArgument(field, "is required (a decimal as text, e.g. \"1234.5\")");
        }

        return PlainDecimal().IsMatch(text) && decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw ApiErrors.InvalidArgument(field, $"'{text}' is not a decimal: write digits with an optional sign and point, e.g. \"1234.5\"");
    }

    public static decimal DecimalOrZero(string? text, string field) => string.IsNullOrEmpty(text) ? 0m : Decimal(text, field);

    public static MoneyAmount? Money(Api.V1.Money? money, string field) =>
        money is null ? null : new MoneyAmount(Decimal(money.Amount, field + ".amount"), money.Currency);

    public static DutyBasisRef? Duty(Api.V1.DutyBasis? duty, string field) =>
        duty is null ? null : new DutyBasisRef(duty.Treatment, Money(duty.DutiableValue, field + ".dutiable_value")
            ?? throw ApiErrors.InvalidArgument(field + ".dutiable_value", "is required"));

    public static CounterpartyRef? Party(Api.V1.Counterparty? party) => party is null ? null : new CounterpartyRef(party.Code, party.Name);

    public static IReadOnlyList<DocumentReference> Documents(IEnumerable<Api.V1.DocumentReference> documents) =>
        documents.Select(d => new DocumentReference(d.Type, d.Number, d.HasLine ? d.Line : null)).ToList();

    public static string? Optional(string? text) => string.IsNullOrEmpty(text) ? null : text;

    public static string Or(string? text, string otherwise) => string.IsNullOrEmpty(text) ? otherwise : text;

    /// <summary>An ISO 8601 time with an explicit offset; a time without one would depend on the reader's zone.</summary>
    public static DateTimeOffset Time(string? text, string field) =>
        text is not null && ExplicitOffset().IsMatch(text) && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? time
            : throw ApiErrors.InvalidArgument(field, $"'{text}' is not an ISO 8601 time with an offset, e.g. 2025-07-01T00:00:00+08:00");

    public static DateTimeOffset? OptionalTime(string? text, string field) => string.IsNullOrEmpty(text) ? null : Time(text, field);

    public static DateTimeOffset Required(Timestamp? timestamp, string field) =>
        timestamp?.ToDateTimeOffset() ?? throw ApiErrors.InvalidArgument(field, "is required");

    public static string Text(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Text(decimal? value) => value is { } v ? Text(v) : "";

    public static string Time(DateTimeOffset value) => value.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^[+-]?(\d+(\.\d*)?|\.\d+)$", RegexOptions.CultureInvariant)]
    private static partial Regex PlainDecimal();

    [GeneratedRegex(@"T.*(Z|[+-]\d{2}:\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex ExplicitOffset();
}

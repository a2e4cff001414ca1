using System.Globalization;
using Google.Protobuf.WellKnownTypes;
using Mes.Contracts.Production;

namespace Mes.Gateway.Services;

/// <summary>
/// Checks the fields of a request before anything reaches the silo; a malformed one is INVALID_ARGUMENT
/// naming it. What the production rules decide (a quantity of zero, an unknown product) is left to them.
/// </summary>
public static class RequestFields
{
    /// <summary>The longest client-supplied request id.</summary>
    public const int MaxRequestIdLength = 128;

    /// <summary>A client-supplied request id: required on every call that changes something.</summary>
    public static string RequestId(string value) =>
        string.IsNullOrWhiteSpace(value)
            ? throw ApiErrors.InvalidArgument("request_id", "is required: every change carries a client-supplied request id, so that a retry is not done twice")
            : value.Length > MaxRequestIdLength
                ? throw ApiErrors.InvalidArgument("request_id", FormattableString.Invariant($"must be at most {MaxRequestIdLength} characters"))
                : value;

    /// <summary>The grain key for an id of the given kind.</summary>
    public static string Key(GrainKey key, string value, string field)
    {
        ArgumentNullException.ThrowIfNull(key);
        return key.IsValidId(value) ? key.For(value) : throw ApiErrors.InvalidArgument(field, key.Rule);
    }

    /// <summary>An id of the given kind, checked.</summary>
    public static string Id(GrainKey key, string value, string field)
    {
        ArgumentNullException.ThrowIfNull(key);
        return key.IsValidId(value) ? value : throw ApiErrors.InvalidArgument(field, key.Rule);
    }

    /// <summary>A required text, trimmed.</summary>
    public static string Required(string value, string field) =>
        string.IsNullOrWhiteSpace(value) ? throw ApiErrors.InvalidArgument(field, "is required") : value.Trim();

    /// <summary>An exact decimal written as text ("4998.2"): a point as decimal separator, no exponent.</summary>
    public static decimal Decimal(string value, string field) =>
        decimal.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw ApiErrors.InvalidArgument(field, $"'{value}' is not a decimal number (write it like 4998.2)");

    /// <summary>A required timestamp.</summary>
    public static DateTimeOffset Time(Timestamp? value, string field) =>
        OptionalTime(value, field) ?? throw ApiErrors.InvalidArgument(field, "is required");

    /// <summary>A timestamp that may be left out.</summary>
    public static DateTimeOffset? OptionalTime(Timestamp? value, string field)
    {
        if (value is null)
        {
            return null;
        }

        try
        {
            return value.ToDateTimeOffset();
        }
        catch (InvalidOperationException)
        {
            throw ApiErrors.InvalidArgument(field, "is not a valid instant");
        }
    }

    /// <summary>A production day, yyyy-MM-dd.</summary>
    public static DateOnly Day(string value, string field) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : throw ApiErrors.InvalidArgument(field, $"'{value}' is not a date as yyyy-MM-dd");

    /// <summary>An exact decimal as the API writes it.</summary>
    public static string Text(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}

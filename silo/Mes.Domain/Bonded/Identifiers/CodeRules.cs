namespace Mes.Domain.Bonded.Identifiers;

/// <summary>
/// The character rules shared by the identifier types. Each type names itself in the message so that
/// a refusal at the gateway or a row error in a sample file says which field was wrong.
/// </summary>
internal static class CodeRules
{
    /// <summary>Printable ASCII without space: safe in CSV, keys, logs and file names of the customs client.</summary>
    internal static string Token(string? value, string what, int maxLength) =>
        Require(value, what, 1, maxLength, static c => c is > ' ' and <= '~', "printable ASCII without spaces");

    internal static string Digits(string? value, string what, int minLength, int maxLength) =>
        Require(value, what, minLength, maxLength, char.IsAsciiDigit, "digits");

    internal static string UpperAlphanumeric(string? value, string what, int minLength, int maxLength) =>
        Require(value, what, minLength, maxLength,
            static c => char.IsAsciiDigit(c) || char.IsAsciiLetterUpper(c), "digits and capital letters");

    internal static string Require(
        string? value, string what, int minLength, int maxLength, Func<char, bool> allowed, string allowedText)
    {
        if (string.IsNullOrEmpty(value))
        {
            throw new FormatException($"The {what} is missing.");
        }

        if (value.Length < minLength || value.Length > maxLength)
        {
            var length = minLength == maxLength
                ? FormattableString.Invariant($"exactly {minLength}")
                : FormattableString.Invariant($"{minLength} to {maxLength}");
            throw new FormatException(
                FormattableString.Invariant($"The {what} '{value}' has {value.Length} characters; it needs {length}."));
        }

        foreach (var c in value)
        {
            if (!allowed(c))
            {
                throw new FormatException($"The {what} '{value}' contains '{c}'; only {allowedText} are allowed.");
            }
        }

        return value;
    }
}

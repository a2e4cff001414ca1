using System.Text.RegularExpressions;

namespace Mes.Contracts.Identity;

/// <summary>
/// Grain keys of identity records. Every key carries a prefix so that a name or id that happens to
/// look like hex is never stored as an integer key by the ADO.NET grain storage.
/// </summary>
public static partial class IdentityKeys
{
    /// <summary>Prefix of user account keys (<c>user:</c> followed by the username).</summary>
    public const string UserPrefix = "user:";

    /// <summary>Prefix of badge keys (<c>badge:</c> followed by the normalised badge number).</summary>
    public const string BadgePrefix = "badge:";

    /// <summary>Prefix of API key records (<c>apikey:</c> followed by the key id).</summary>
    public const string ApiKeyPrefix = "apikey:";

    /// <summary>Prefix of terminal records (<c>terminal:</c> followed by the terminal id).</summary>
    public const string TerminalPrefix = "terminal:";

    /// <summary>A username: 1 to 64 lower-case letters, digits, dots, dashes or underscores, starting with a letter or digit.</summary>
    public static bool IsValidUsername(string? username) => username is not null && UsernamePattern().IsMatch(username);

    /// <summary>A badge number as printed on the badge: 1 to 64 letters, digits or dashes.</summary>
    public static bool IsValidBadge(string? badge) => badge is not null && BadgePattern().IsMatch(badge);

    /// <summary>An id the gateway generated for an API key or a terminal: 1 to 64 lower-case letters and digits.</summary>
    public static bool IsValidGeneratedId(string? id) => id is not null && GeneratedIdPattern().IsMatch(id);

    /// <summary>Badge numbers are compared without regard to case: scanners differ.</summary>
    public static string NormaliseBadge(string badge) => badge.ToUpperInvariant();

    /// <summary>The grain key of a user account.</summary>
    /// <exception cref="ArgumentException">The username is not well formed.</exception>
    public static string User(string username) =>
        IsValidUsername(username) ? UserPrefix + username : throw new ArgumentException($"'{username}' is not a username.", nameof(username));

    /// <summary>The grain key of a badge.</summary>
    /// <exception cref="ArgumentException">The badge number is not well formed.</exception>
    public static string Badge(string badge) =>
        IsValidBadge(badge) ? BadgePrefix + NormaliseBadge(badge) : throw new ArgumentException("Not a badge number.", nameof(badge));

    /// <summary>The grain key of an API key record.</summary>
    /// <exception cref="ArgumentException">The key id is not well formed.</exception>
    public static string ApiKey(string keyId) =>
        IsValidGeneratedId(keyId) ? ApiKeyPrefix + keyId : throw new ArgumentException($"'{keyId}' is not an API key id.", nameof(keyId));

    /// <summary>The grain key of a terminal record.</summary>
    /// <exception cref="ArgumentException">The terminal id is not well formed.</exception>
    public static string Terminal(string terminalId) =>
        IsValidGeneratedId(terminalId) ? TerminalPrefix + terminalId : throw new ArgumentException($"'{terminalId}' is not a terminal id.", nameof(terminalId));

    /// <summary>The part of <paramref name="key"/> after <paramref name="prefix"/>.</summary>
    /// <exception cref="ArgumentException">The key does not start with the prefix.</exception>
    public static string IdOf(string key, string prefix) =>
        key.StartsWith(prefix, StringComparison.Ordinal) ? key[prefix.Length..] : throw new ArgumentException($"'{key}' does not start with '{prefix}'.", nameof(key));

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]{0,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex UsernamePattern();

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9-]{0,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex BadgePattern();

    [GeneratedRegex("^[a-z0-9]{1,64}$", RegexOptions.CultureInvariant)]
    private static partial Regex GeneratedIdPattern();
}

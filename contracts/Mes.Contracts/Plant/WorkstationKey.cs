using System.Text.RegularExpressions;

namespace Mes.Contracts.Plant;

/// <summary>
/// Grain keys of workstations. The <c>ws:</c> prefix keeps a key that happens to look like hex
/// from being stored as an integer key by the ADO.NET grain storage.
/// </summary>
public static partial class WorkstationKey
{
    /// <summary>The prefix of every workstation grain key.</summary>
    public const string Prefix = "ws:";

    /// <summary>Whether <paramref name="id"/> is a well-formed workstation id (lower-case letters, digits, dashes; 1 to 64).</summary>
    public static bool IsValidId(string? id) => id is not null && IdPattern().IsMatch(id);

    /// <summary>The grain key for a workstation id.</summary>
    /// <exception cref="ArgumentException">The id is not well formed.</exception>
    public static string For(string id) =>
        IsValidId(id) ? Prefix + id : throw new ArgumentException($"'{id}' is not a workstation id: use lower-case letters, digits and dashes.", nameof(id));

    /// <summary>The workstation id of a grain key.</summary>
    public static string IdOf(string key) =>
        key.StartsWith(Prefix, StringComparison.Ordinal) ? key[Prefix.Length..] : throw new ArgumentException($"'{key}' is not a workstation key.", nameof(key));

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();
}

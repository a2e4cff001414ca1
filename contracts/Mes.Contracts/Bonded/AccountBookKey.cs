using System.Text.RegularExpressions;

namespace Mes.Contracts.Bonded;

/// <summary>
/// Grain keys of account books: <c>book:</c> followed by the twelve-character filing number, e.g.
/// <c>book:H51082500001</c>. The prefix keeps a number that happens to look like hex from being read as one.
/// </summary>
public static partial class AccountBookKey
{
    /// <summary>The prefix of every account-book grain key.</summary>
    public const string Prefix = "book:";

    /// <summary>Whether <paramref name="bookNo"/> has the form of a filing number: twelve capital letters and digits, the first a letter.</summary>
    public static bool IsValidBookNo(string? bookNo) => bookNo is not null && BookNoPattern().IsMatch(bookNo);

    /// <summary>The grain key of a book.</summary>
    /// <exception cref="ArgumentException">The number is not well formed.</exception>
    public static string For(string bookNo) =>
        IsValidBookNo(bookNo) ? Prefix + bookNo : throw new ArgumentException($"'{bookNo}' is not an account book no.: twelve capital letters and digits, starting with a letter.", nameof(bookNo));

    /// <summary>The book number of a grain key.</summary>
    /// <exception cref="ArgumentException">The key is not an account-book key.</exception>
    public static string BookNoOf(string key) =>
        key.StartsWith(Prefix, StringComparison.Ordinal) ? key[Prefix.Length..] : throw new ArgumentException($"'{key}' is not an account-book key.", nameof(key));

    [GeneratedRegex("^[A-Z][A-Z0-9]{11}$", RegexOptions.CultureInvariant)]
    private static partial Regex BookNoPattern();
}

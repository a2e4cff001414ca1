namespace Mes.Gateway.Auth;

/// <summary>What a password must be: long enough to resist guessing, short enough to hash cheaply.</summary>
public static class PasswordPolicy
{
    /// <summary>The fewest characters a password may have.</summary>
    public const int MinimumLength = 12;

    /// <summary>The most characters a password may have.</summary>
    public const int MaximumLength = 256;

    /// <summary>What is wrong with <paramref name="password"/>; <c>null</c> when it is acceptable.</summary>
    public static string? Problem(string password) =>
        password.Length is < MinimumLength or > MaximumLength
            ? $"must be {MinimumLength} to {MaximumLength} characters"
            : null;
}

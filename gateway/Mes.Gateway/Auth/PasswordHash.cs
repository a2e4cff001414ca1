using System.Globalization;
using System.Security.Cryptography;

namespace Mes.Gateway.Auth;

/// <summary>
/// Password hashes: PBKDF2-HMAC-SHA256 with a 128-bit random salt per password and a 256-bit
/// derived key, encoded as <c>pbkdf2-sha256$&lt;iterations&gt;$&lt;salt&gt;$&lt;hash&gt;</c> (base64). The
/// encoding carries its iteration count, so raising <see cref="DefaultIterations"/> leaves
/// existing hashes verifiable. The .NET base library offers no memory-hard function (Argon2,
/// scrypt), so PBKDF2 at the iteration count OWASP recommends for SHA-256 is the choice.
/// </summary>
public static class PasswordHash
{
    /// <summary>Iterations of new hashes (OWASP password storage recommendation for PBKDF2-HMAC-SHA256).</summary>
    public const int DefaultIterations = 600_000;

    private const string Algorithm = "pbkdf2-sha256";
    private const int SaltBytes = 16;
    private const int HashBytes = 32;

    // Verified against when an account does not exist, so that a refused log-in costs the same
    // either way and does not tell whether the username exists.
    private static readonly Lazy<string> Decoy = new(() => Create(Convert.ToBase64String(RandomNumberGenerator.GetBytes(24))));

    /// <summary>Hashes <paramref name="password"/> with a fresh random salt.</summary>
    public static string Create(string password, int iterations = DefaultIterations)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(iterations, 1);
        var salt = RandomNumberGenerator.GetBytes(SaltBytes);
        var hash = Rfc2898DeriveBytes.Pbkdf2(password, salt, iterations, HashAlgorithmName.SHA256, HashBytes);
        return string.Join('$', Algorithm, iterations.ToString(CultureInfo.InvariantCulture), Convert.ToBase64String(salt), Convert.ToBase64String(hash));
    }

    /// <summary>
    /// Whether <paramref name="password"/> is the one <paramref name="encoded"/> was made from. The
    /// comparison takes the same time wherever the bytes differ. A missing or malformed hash
    /// verifies nothing, at the cost of a real verification.
    /// </summary>
    public static bool Verify(string? encoded, string password)
    {
        if (!TryDecode(encoded, out var iterations, out var salt, out var expected))
        {
            TryDecode(Decoy.Value, out iterations, out salt, out expected);
            Rfc2898DeriveBytes.Pbkdf2(password, salt, iterations, HashAlgorithmName.SHA256, HashBytes);
            return false;
        }
        var actual = Rfc2898DeriveBytes.Pbkdf2(password, salt, iterations, HashAlgorithmName.SHA256, expected.Length);
        return CryptographicOperations.FixedTimeEquals(actual, expected);
    }

    private static bool TryDecode(string? encoded, out int iterations, out byte[] salt, out byte[] hash)
    {
        iterations = 0;
        salt = hash = [];
        var parts = encoded?.Split('$');
        if (parts is not [Algorithm, var count, var saltText, var hashText]
            || !int.TryParse(count, NumberStyles.None, CultureInfo.InvariantCulture, out iterations) || iterations < 1)
        {
            return false;
        }
        try
        {
            salt = Convert.FromBase64String(saltText);
            hash = Convert.FromBase64String(hashText);
        }
        catch (FormatException)
        {
            return false;
        }
        return salt.Length > 0 && hash.Length > 0;
    }
}

using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Mes.Gateway.Auth;

/// <summary>
/// An API key or terminal key as presented: <c>&lt;id&gt;.&lt;secret&gt;</c>. The id finds the record;
/// the secret is 256 random bits, so a single SHA-256 of it is as strong a stored form as a slow
/// hash would be (there is nothing to guess), and verifying it on every call costs nothing.
/// </summary>
/// <param name="Id">The public half: a letter naming the kind, then 20 random characters.</param>
/// <param name="Secret">The secret half, base64url.</param>
public sealed record KeyCredential(string Id, string Secret)
{
    private const string HashPrefix = "sha256$";
    private const string IdAlphabet = "abcdefghijklmnopqrstuvwxyz234567";

    /// <summary>The string a client sends in its header.</summary>
    public string Presented => Id + "." + Secret;

    /// <summary>A fresh credential whose id starts with <paramref name="kind"/> (<c>k</c> for API keys, <c>t</c> for terminals).</summary>
    public static KeyCredential Generate(char kind) =>
        new(kind + RandomNumberGenerator.GetString(IdAlphabet, 20), Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32)));

    /// <summary>Splits a presented key; false when it is not <c>&lt;id&gt;.&lt;secret&gt;</c>.</summary>
    public static bool TryParse(string? presented, out KeyCredential credential)
    {
        credential = new KeyCredential("", "");
        var dot = presented?.IndexOf('.', StringComparison.Ordinal) ?? -1;
        if (presented is null || dot <= 0 || dot == presented.Length - 1)
        {
            return false;
        }
        credential = new KeyCredential(presented[..dot], presented[(dot + 1)..]);
        return true;
    }

    /// <summary>The stored form of the secret half.</summary>
    public string SecretHash() => HashPrefix + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(Secret)));

    /// <summary>Whether the secret half matches <paramref name="storedHash"/>, compared in constant time.</summary>
    public bool Matches(string storedHash) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(SecretHash()), Encoding.UTF8.GetBytes(storedHash));

    // A record prints its members; this one must never print its secret (logs, exceptions, debuggers).
    public override string ToString() => Id + ".***";
}

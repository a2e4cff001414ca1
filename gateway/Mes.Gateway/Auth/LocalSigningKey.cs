using Microsoft.IdentityModel.Tokens;

namespace Mes.Gateway.Auth;

/// <summary>The key the gateway signs and checks its own tokens with (HMAC-SHA256), from <c>MES_JWT_SIGNING_KEY</c>.</summary>
public sealed class LocalSigningKey
{
    /// <summary>The environment variable (and configuration key) holding the key, base64.</summary>
    public const string EnvironmentVariable = "MES_JWT_SIGNING_KEY";

    /// <summary>The fewest key bits accepted: HMAC-SHA256 is as strong as its key up to 256 bits.</summary>
    public const int MinimumBits = 256;

    private LocalSigningKey(byte[] key) => Key = new SymmetricSecurityKey(key) { KeyId = "mes-local" };

    /// <summary>The key, for token handlers.</summary>
    public SymmetricSecurityKey Key { get; }

    /// <summary>Reads and checks the key. The messages never contain the value.</summary>
    /// <exception cref="InvalidOperationException">The key is missing, not base64 or too short.</exception>
    public static LocalSigningKey FromConfiguration(IConfiguration configuration)
    {
        var value = configuration[EnvironmentVariable];
        const string howTo = "give it 32 or more random bytes in base64 (e.g. 'head -c 32 /dev/urandom | base64'); ./mes up generates one into .mes/secrets/.";
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new InvalidOperationException($"{EnvironmentVariable} is not set: the gateway signs its tokens with it. Set it and {howTo}");
        }
        byte[] key;
        try
        {
            key = Convert.FromBase64String(value.Trim());
        }
        catch (FormatException)
        {
            throw new InvalidOperationException($"{EnvironmentVariable} is not base64: {howTo}");
        }
        if (key.Length * 8 < MinimumBits)
        {
            throw new InvalidOperationException($"{EnvironmentVariable} has {key.Length * 8} bits; at least {MinimumBits} are needed: {howTo}");
        }
        return new LocalSigningKey(key);
    }
}

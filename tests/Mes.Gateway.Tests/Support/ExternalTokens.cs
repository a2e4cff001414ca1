using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Mes.Gateway.Tests.Support;

/// <summary>Plays the plant's identity provider: publishes a key set and signs tokens with RS256.</summary>
internal static class ExternalTokens
{
    private const string KeyId = "plant-idp-1";

    public static string Jwks(RSA key)
    {
        var parameters = key.ExportParameters(includePrivateParameters: false);
        return JsonSerializer.Serialize(new
        {
            keys = new[]
            {
                new { kty = "RSA", use = "sig", alg = "RS256", kid = KeyId, n = Base64Url.EncodeToString(parameters.Modulus), e = Base64Url.EncodeToString(parameters.Exponent) },
            },
        });
    }

    public static string Issue(RSA key, string issuer, string audience, string subject, string name, string[] roles, DateTimeOffset expires) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Expires = expires.UtcDateTime,
            NotBefore = expires.UtcDateTime.AddHours(-2),
            IssuedAt = expires.UtcDateTime.AddHours(-2),
            Claims = new Dictionary<string, object> { ["sub"] = subject, ["name"] = name, ["roles"] = roles },
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(key) { KeyId = KeyId }, SecurityAlgorithms.RsaSha256),
        });
}

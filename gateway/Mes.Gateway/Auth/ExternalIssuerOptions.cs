namespace Mes.Gateway.Auth;

/// <summary>
/// An external identity provider (section <c>Auth:External</c>), e.g. the plant's OpenID Connect
/// server: its bearer tokens are accepted next to the gateway's own. Either <see cref="Authority"/>
/// (discovery finds issuer and keys) or <see cref="Issuer"/> with <see cref="JwksPath"/> (keys from a file).
/// </summary>
public sealed class ExternalIssuerOptions
{
    /// <summary>The OpenID Connect authority, e.g. <c>https://login.plant.example/realms/mes</c>.</summary>
    public string? Authority { get; set; }

    /// <summary>The expected <c>iss</c>; required with <see cref="JwksPath"/>, taken from discovery otherwise.</summary>
    public string? Issuer { get; set; }

    /// <summary>The expected <c>aud</c>.</summary>
    public string? Audience { get; set; }

    /// <summary>A JSON Web Key Set file holding the issuer's public signing keys.</summary>
    public string? JwksPath { get; set; }

    /// <summary>The claim listing the caller's roles (names as in <see cref="Role"/>).</summary>
    public string RoleClaim { get; set; } = "roles";

    /// <summary>The claim with the caller's display name.</summary>
    public string NameClaim { get; set; } = "name";

    /// <summary>Whether discovery must use HTTPS; leave on outside a laboratory.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>Whether an external issuer is configured at all.</summary>
    public bool IsConfigured => !string.IsNullOrWhiteSpace(Authority) || !string.IsNullOrWhiteSpace(JwksPath);

    /// <summary>What is missing or contradictory; <c>null</c> when the settings can be used.</summary>
    public string? Problem() =>
        !IsConfigured ? null
        : string.IsNullOrWhiteSpace(Audience) ? "Auth:External:Audience is required when an external issuer is configured"
        : !string.IsNullOrWhiteSpace(JwksPath) && string.IsNullOrWhiteSpace(Issuer) ? "Auth:External:Issuer is required with Auth:External:JwksPath"
        : !string.IsNullOrWhiteSpace(JwksPath) && !File.Exists(JwksPath) ? $"Auth:External:JwksPath '{JwksPath}' does not exist"
        : null;
}

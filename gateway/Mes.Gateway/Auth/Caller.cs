using System.Globalization;
using System.Security.Claims;

namespace Mes.Gateway.Auth;

/// <summary>
/// The caller of a gRPC or JSON call as authorization sees it, whatever the credential was (local
/// or external token, API key, terminal key).
/// </summary>
/// <param name="Subject">A username (operator id), <c>apikey:&lt;id&gt;</c> or <c>terminal:&lt;id&gt;</c>.</param>
/// <param name="DisplayName">The name shown to people.</param>
/// <param name="Roles">The roles in effect for this call.</param>
/// <param name="Workstation">The workstation the caller is bound to, if any.</param>
/// <param name="Method">How the caller authenticated (<see cref="MesClaims.Methods"/>).</param>
/// <param name="ExpiresAt">When the caller's token expires; <c>null</c> for keys.</param>
public sealed record Caller(string Subject, string DisplayName, IReadOnlySet<string> Roles, string? Workstation, string Method, DateTimeOffset? ExpiresAt)
{
    /// <summary>
    /// The caller behind <paramref name="principal"/>; <c>null</c> when unauthenticated. The operator
    /// role is in effect only together with a workstation binding: operators act at their terminal.
    /// </summary>
    public static Caller? Of(ClaimsPrincipal principal)
    {
        if (principal.Identity is not { IsAuthenticated: true } || principal.FindFirst(MesClaims.Subject)?.Value is not { Length: > 0 } subject)
        {
            return null;
        }
        var workstation = principal.FindFirst(MesClaims.Workstation)?.Value;
        var roles = principal.FindAll(MesClaims.Role).Select(c => c.Value)
            .Where(r => Role.All.Contains(r) && (r != Role.Operator || workstation is not null))
            .ToHashSet(StringComparer.Ordinal);
        var expires = principal.FindFirst(MesClaims.Expires)?.Value is { } exp && long.TryParse(exp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : (DateTimeOffset?)null;
        return new Caller(subject, principal.FindFirst(MesClaims.Name)?.Value ?? subject, roles, workstation,
            principal.FindFirst(MesClaims.Method)?.Value ?? "", expires);
    }

    /// <summary>The principal every authentication scheme of the gateway produces.</summary>
    public static ClaimsPrincipal Principal(string scheme, string subject, string displayName, IEnumerable<string> roles,
        string method, string? workstation = null, string? terminal = null, DateTimeOffset? expiresAt = null)
    {
        var claims = new List<Claim> { new(MesClaims.Subject, subject), new(MesClaims.Name, displayName), new(MesClaims.Method, method) };
        claims.AddRange(roles.Distinct(StringComparer.Ordinal).Select(r => new Claim(MesClaims.Role, r)));
        if (workstation is not null)
        {
            claims.Add(new Claim(MesClaims.Workstation, workstation));
        }
        if (terminal is not null)
        {
            claims.Add(new Claim(MesClaims.Terminal, terminal));
        }
        if (expiresAt is { } expires)
        {
            claims.Add(new Claim(MesClaims.Expires, expires.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture), ClaimValueTypes.Integer64));
        }
        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme, MesClaims.Name, MesClaims.Role));
    }
}

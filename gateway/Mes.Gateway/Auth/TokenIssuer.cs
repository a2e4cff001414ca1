using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Mes.Gateway.Auth;

/// <summary>Issues the gateway's own bearer tokens (JWT, HMAC-SHA256).</summary>
public sealed class TokenIssuer(IOptions<AuthOptions> options, LocalSigningKey signingKey, TimeProvider clock)
{
    private readonly JsonWebTokenHandler _handler = new() { SetDefaultTimesOnTokenCreation = false };

    /// <summary>A token for a person who logged in with a password.</summary>
    public IssuedToken ForAccount(string username, string displayName, IReadOnlyList<string> roles) =>
        Issue(username, displayName, roles, MesClaims.Methods.Password, options.Value.Local.TokenLifetime, workstation: null, terminal: null);

    /// <summary>A short-lived operator token bound to the workstation of the terminal the badge was scanned at.</summary>
    public IssuedToken ForOperator(BadgeHolder holder, string terminalId, string workstationId) =>
        Issue(holder.OperatorId, holder.DisplayName, [Role.Operator], holder.PlantOperator ? MesClaims.Methods.PlantBadge : MesClaims.Methods.Badge,
            options.Value.Local.OperatorTokenLifetime, workstationId, terminalId);

    private IssuedToken Issue(string subject, string displayName, IReadOnlyList<string> roles, string method, TimeSpan lifetime, string? workstation, string? terminal)
    {
        var now = clock.GetUtcNow();
        var expires = now + lifetime;
        var claims = new Dictionary<string, object>
        {
            [MesClaims.Subject] = subject,
            [MesClaims.Name] = displayName,
            [MesClaims.Role] = roles.ToArray(),
            [MesClaims.Method] = method,
            [JwtRegisteredClaimNames.Jti] = Guid.NewGuid().ToString("N"),
        };
        if (workstation is not null)
        {
            claims[MesClaims.Workstation] = workstation;
        }
        if (terminal is not null)
        {
            claims[MesClaims.Terminal] = terminal;
        }
        var token = _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = options.Value.Local.Issuer,
            Audience = options.Value.Local.Audience,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = expires.UtcDateTime,
            Claims = claims,
            SigningCredentials = new SigningCredentials(signingKey.Key, SecurityAlgorithms.HmacSha256),
        });
        return new IssuedToken(token, expires, subject, roles, workstation);
    }
}

using System.Text.Json;
using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace Mes.Gateway.Auth;

/// <summary>
/// Maps a valid external token to the gateway's principal: subject, name, and those of its roles
/// the gateway knows. The operator role is never taken from outside: operators badge in at a
/// terminal, which binds them to its workstation.
/// </summary>
public static class ExternalTokenMapping
{
    /// <summary>The JwtBearer <c>OnTokenValidated</c> event of the external scheme.</summary>
    public static Func<TokenValidatedContext, Task> For(ExternalIssuerOptions options) => context =>
    {
        var principal = context.Principal!;
        var subject = principal.FindFirst(MesClaims.Subject)?.Value;
        if (string.IsNullOrWhiteSpace(subject))
        {
            context.Fail("the external token has no subject");
            return Task.CompletedTask;
        }
        var roles = principal.FindAll(options.RoleClaim).SelectMany(c => RoleValues(c.Value))
            .Where(r => Role.Unbound.Contains(r));
        context.Principal = Caller.Principal(Schemes.External, subject, principal.FindFirst(options.NameClaim)?.Value ?? subject, roles,
            MesClaims.Methods.External, expiresAt: new DateTimeOffset(context.SecurityToken.ValidTo, TimeSpan.Zero));
        return Task.CompletedTask;
    };

    // A role claim may arrive as one claim per role or as a JSON array in one claim.
    private static IEnumerable<string> RoleValues(string value)
    {
        if (!value.StartsWith('['))
        {
            return [value];
        }
        try
        {
            return JsonSerializer.Deserialize<string[]>(value) ?? [];
        }
        catch (JsonException)
        {
            return [];
        }
    }
}

using System.Text.Encodings.Web;
using Mes.Contracts.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Mes.Gateway.Auth;

/// <summary>
/// Authenticates a key sent in a header (<c>&lt;id&gt;.&lt;secret&gt;</c>): API keys and terminal keys.
/// The record is read on every call, so a revocation takes effect at once.
/// </summary>
public sealed class KeyCredentialHandler(IOptionsMonitor<KeyCredentialOptions> options, ILoggerFactory logger, UrlEncoder encoder, IClusterClient cluster)
    : AuthenticationHandler<KeyCredentialOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(Options.Header, out var values) || values.Count == 0)
        {
            return AuthenticateResult.NoResult();
        }
        // One message for every way a key can be wrong: a caller learns nothing about which ids exist.
        var rejected = $"the {Options.Header} is unknown, revoked or wrong";
        if (values.Count > 1 || !KeyCredential.TryParse(values[0], out var key) || !IdentityKeys.IsValidGeneratedId(key.Id))
        {
            return AuthenticateResult.Fail($"the {Options.Header} is not of the form <id>.<secret>");
        }
        var holder = await Options.FindHolder(cluster, key.Id);
        return holder is not null && key.Matches(holder.SecretHash)
            ? AuthenticateResult.Success(new AuthenticationTicket(holder.Principal, Scheme.Name))
            : AuthenticateResult.Fail(rejected);
    }
}

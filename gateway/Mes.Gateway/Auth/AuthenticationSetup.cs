using Mes.Contracts.Identity;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Mes.Gateway.Auth;

/// <summary>Wires the gateway's authentication: local and external bearer tokens, API keys, terminal keys.</summary>
public static class AuthenticationSetup
{
    /// <summary>
    /// Registers the schemes, the token issuer, the badge directory and the first-admin bootstrap.
    /// Refuses to build without a usable <c>MES_JWT_SIGNING_KEY</c> or with contradictory <c>Auth:External</c> settings.
    /// </summary>
    /// <exception cref="InvalidOperationException">A setting is missing or wrong; the message says which.</exception>
    public static void AddMesAuthentication(this WebApplicationBuilder builder)
    {
        var signingKey = LocalSigningKey.FromConfiguration(builder.Configuration);
        var section = builder.Configuration.GetSection(AuthOptions.Section);
        var settings = section.Get<AuthOptions>() ?? new AuthOptions();
        if (settings.External.Problem() is { } problem)
        {
            throw new InvalidOperationException(problem + ".");
        }

        var services = builder.Services;
        services.Configure<AuthOptions>(section);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(signingKey);
        services.AddSingleton<TokenIssuer>();
        services.AddSingleton<UserAccountBadgeDirectory>();
        services.AddSingleton<IBadgeDirectory, PlantBadgeDirectory>();
        // After the Orleans client's hosted service, so that the cluster is reachable when it runs.
        services.AddHostedService<AdminBootstrap>();

        var authentication = services.AddAuthentication(Schemes.ByCredential)
            .AddPolicyScheme(Schemes.ByCredential, "Zone MES credentials", o => o.ForwardDefaultSelector = context => SelectScheme(context, settings))
            .AddJwtBearer(Schemes.Local, o =>
            {
                o.MapInboundClaims = false;
                o.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = settings.Local.Issuer,
                    ValidAudience = settings.Local.Audience,
                    IssuerSigningKey = signingKey.Key,
                    ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
                    ClockSkew = TimeSpan.FromSeconds(30),
                    NameClaimType = MesClaims.Name,
                    RoleClaimType = MesClaims.Role,
                };
                o.Events = new JwtBearerEvents { OnTokenValidated = LocalTokenCheck.Apply };
            })
            .AddScheme<KeyCredentialOptions, KeyCredentialHandler>(Schemes.ApiKey, o =>
            {
                o.Header = Schemes.ApiKeyHeader;
                o.FindHolder = async (cluster, id) =>
                    await cluster.GetGrain<IApiKeyGrain>(IdentityKeys.ApiKey(id)).Get() is { IsActive: true } key
                        ? new KeyHolder(key.SecretHash, Caller.Principal(Schemes.ApiKey, IdentityKeys.ApiKeyPrefix + key.KeyId, key.Name, key.Roles, MesClaims.Methods.ApiKey))
                        : null;
            })
            .AddScheme<KeyCredentialOptions, KeyCredentialHandler>(Schemes.TerminalKey, o =>
            {
                o.Header = Schemes.TerminalKeyHeader;
                o.FindHolder = async (cluster, id) =>
                    await cluster.GetGrain<ITerminalGrain>(IdentityKeys.Terminal(id)).Get() is { IsActive: true } terminal
                        ? new KeyHolder(terminal.SecretHash, Caller.Principal(Schemes.TerminalKey, IdentityKeys.TerminalPrefix + terminal.TerminalId,
                            terminal.Name, [Role.Terminal], MesClaims.Methods.TerminalKey, terminal.WorkstationId, terminal.TerminalId))
                        : null;
            });

        if (settings.External.IsConfigured)
        {
            var external = settings.External;
            authentication.AddJwtBearer(Schemes.External, o =>
            {
                o.MapInboundClaims = false;
                o.RequireHttpsMetadata = external.RequireHttpsMetadata;
                if (!string.IsNullOrWhiteSpace(external.Authority))
                {
                    o.Authority = external.Authority;
                }
                o.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = string.IsNullOrWhiteSpace(external.Issuer) ? null : external.Issuer,
                    ValidAudience = external.Audience,
                    ClockSkew = TimeSpan.FromSeconds(30),
                    NameClaimType = external.NameClaim,
                    RoleClaimType = external.RoleClaim,
                };
                if (!string.IsNullOrWhiteSpace(external.JwksPath))
                {
                    o.TokenValidationParameters.IssuerSigningKeys = new JsonWebKeySet(File.ReadAllText(external.JwksPath)).GetSigningKeys();
                }
                o.Events = new JwtBearerEvents { OnTokenValidated = ExternalTokenMapping.For(external) };
            });
        }
        services.AddAuthorization();
        // Authentication brings data protection along; the gateway protects nothing with it (no
        // cookies), so its keys stay in memory rather than in unencrypted files on disk.
        services.AddDataProtection().UseEphemeralDataProtectionProvider();
    }

    // One credential per call: a bearer token first, then an API key, then a terminal key.
    private static string SelectScheme(HttpContext context, AuthOptions settings)
    {
        var headers = context.Request.Headers;
        var authorization = headers.Authorization.ToString();
        if (authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return settings.External.IsConfigured && IssuerOf(authorization["Bearer ".Length..].Trim()) != settings.Local.Issuer
                ? Schemes.External
                : Schemes.Local;
        }
        if (headers.ContainsKey(Schemes.ApiKeyHeader))
        {
            return Schemes.ApiKey;
        }
        return headers.ContainsKey(Schemes.TerminalKeyHeader) ? Schemes.TerminalKey : Schemes.Local;
    }

    // Reads the unverified issuer only to pick the scheme that then verifies the token.
    private static string? IssuerOf(string token)
    {
        try
        {
            return new JsonWebToken(token).Issuer;
        }
        catch (Exception e) when (e is ArgumentException or SecurityTokenException)
        {
            return null;
        }
    }
}

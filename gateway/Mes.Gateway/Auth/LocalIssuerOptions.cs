namespace Mes.Gateway.Auth;

/// <summary>The gateway's own token issuer (section <c>Auth:Local</c>); the signing key is <c>MES_JWT_SIGNING_KEY</c>.</summary>
public sealed class LocalIssuerOptions
{
    /// <summary>The <c>iss</c> of tokens the gateway issues.</summary>
    public string Issuer { get; set; } = "zone-mes";

    /// <summary>The <c>aud</c> of tokens the gateway issues and accepts from itself.</summary>
    public string Audience { get; set; } = "zone-mes";

    /// <summary>How long a password log-in lasts: a working day at the dashboard.</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(8);

    /// <summary>How long an operator's badge log-in lasts; the terminal asks for the badge again after it.</summary>
    public TimeSpan OperatorTokenLifetime { get; set; } = TimeSpan.FromHours(1);
}

namespace Mes.Gateway.Auth;

/// <summary>Authentication settings (configuration section <c>Auth</c>). Secrets are not here: they come from the environment.</summary>
public sealed class AuthOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Auth";

    /// <summary>The gateway's own token issuer.</summary>
    public LocalIssuerOptions Local { get; set; } = new();

    /// <summary>An identity provider of the plant whose tokens the gateway accepts as well.</summary>
    public ExternalIssuerOptions External { get; set; } = new();
}

namespace Mes.Gateway.Auth;

/// <summary>Authentication schemes of the gateway and the headers that select them.</summary>
public static class Schemes
{
    /// <summary>The default scheme: picks one of the others from the headers of the call.</summary>
    public const string ByCredential = "mes";

    /// <summary>Bearer tokens the gateway issued.</summary>
    public const string Local = "local-jwt";

    /// <summary>Bearer tokens of the configured external issuer.</summary>
    public const string External = "external-jwt";

    /// <summary>API keys of integrations.</summary>
    public const string ApiKey = "api-key";

    /// <summary>Terminal keys of workstation terminals.</summary>
    public const string TerminalKey = "terminal-key";

    /// <summary>The header carrying an API key.</summary>
    public const string ApiKeyHeader = "x-api-key";

    /// <summary>The header carrying a terminal key.</summary>
    public const string TerminalKeyHeader = "x-terminal-key";
}

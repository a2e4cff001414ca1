namespace Mes.Gateway.Auth;

/// <summary>Claim names of the principals the gateway builds, whatever the credential was.</summary>
public static class MesClaims
{
    /// <summary>Who: a username (operator id), <c>apikey:&lt;id&gt;</c> or <c>terminal:&lt;id&gt;</c>.</summary>
    public const string Subject = "sub";

    /// <summary>The display name.</summary>
    public const string Name = "name";

    /// <summary>One claim per role.</summary>
    public const string Role = "role";

    /// <summary>The workstation a terminal, or an operator badged in there, is bound to.</summary>
    public const string Workstation = "workstation";

    /// <summary>The terminal an operator token was issued through.</summary>
    public const string Terminal = "terminal";

    /// <summary>How the caller authenticated: <see cref="Methods"/>.</summary>
    public const string Method = "amr";

    /// <summary>When a token expires (seconds since the epoch).</summary>
    public const string Expires = "exp";

    /// <summary>Values of <see cref="Method"/>.</summary>
    public static class Methods
    {
        public const string Password = "pwd";
        public const string Badge = "badge";
        // A badge of an operator of the plant's master data (no user account behind it).
        public const string PlantBadge = "plant-badge";
        public const string ApiKey = "apikey";
        public const string TerminalKey = "terminal";
        public const string External = "external";
    }
}

namespace Mes.Gateway.Auth;

/// <summary>A bearer token the gateway issued, with what it says.</summary>
public sealed record IssuedToken(string AccessToken, DateTimeOffset ExpiresAt, string Subject, IReadOnlyList<string> Roles, string? WorkstationId)
{
    // A record prints its members; this one must never print the token.
    public override string ToString() => $"token for {Subject} until {ExpiresAt:O}";
}

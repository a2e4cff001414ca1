using Mes.OpcUa.Encoding;

namespace Mes.OpcUa.Types;

/// <summary>A kind of user identity an endpoint accepts; the PolicyId must be echoed in the identity token.</summary>
public sealed class UserTokenPolicy
{
    /// <summary>The id the client puts in its identity token.</summary>
    public string? PolicyId { get; set; }

    /// <summary>The kind of token.</summary>
    public UserTokenType TokenType { get; set; }

    /// <summary>For issued tokens, the token type URI.</summary>
    public string? IssuedTokenType { get; set; }

    /// <summary>For issued tokens, the issuer.</summary>
    public string? IssuerEndpointUrl { get; set; }

    /// <summary>The policy used to encrypt the secret (the channel policy when null or empty).</summary>
    public string? SecurityPolicyUri { get; set; }

    /// <summary>Writes the fields in UA Binary.</summary>
    public void Encode(UaWriter w)
    {
        w.WriteString(PolicyId);
        w.WriteInt32((int)TokenType);
        w.WriteString(IssuedTokenType);
        w.WriteString(IssuerEndpointUrl);
        w.WriteString(SecurityPolicyUri);
    }

    /// <summary>Reads the fields from UA Binary.</summary>
    public static UserTokenPolicy Decode(ref UaReader r) => new()
    {
        PolicyId = r.ReadString(),
        TokenType = (UserTokenType)r.ReadInt32(),
        IssuedTokenType = r.ReadString(),
        IssuerEndpointUrl = r.ReadString(),
        SecurityPolicyUri = r.ReadString(),
    };
}

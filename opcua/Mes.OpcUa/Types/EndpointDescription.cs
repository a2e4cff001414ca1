using Mes.OpcUa.Encoding;

namespace Mes.OpcUa.Types;

/// <summary>An endpoint a server offers: URL, security and accepted user tokens.</summary>
public sealed class EndpointDescription
{
    /// <summary>The endpoint URL.</summary>
    public string? EndpointUrl { get; set; }

    /// <summary>The server application.</summary>
    public ApplicationDescription Server { get; set; } = new();

    /// <summary>The server application instance certificate (DER).</summary>
    public byte[]? ServerCertificate { get; set; }

    /// <summary>The message security mode.</summary>
    public MessageSecurityMode SecurityMode { get; set; }

    /// <summary>The security policy URI.</summary>
    public string? SecurityPolicyUri { get; set; }

    /// <summary>The user identity tokens the endpoint accepts.</summary>
    public UserTokenPolicy[]? UserIdentityTokens { get; set; }

    /// <summary>The transport profile (UA-TCP binary).</summary>
    public string? TransportProfileUri { get; set; }

    /// <summary>Relative security; higher is more secure.</summary>
    public byte SecurityLevel { get; set; }

    /// <summary>Writes the fields in UA Binary.</summary>
    public void Encode(UaWriter w)
    {
        w.WriteString(EndpointUrl);
        Server.Encode(w);
        w.WriteByteString(ServerCertificate);
        w.WriteInt32((int)SecurityMode);
        w.WriteString(SecurityPolicyUri);
        w.WriteArray<UserTokenPolicy>(UserIdentityTokens, static (x, v) => v.Encode(x));
        w.WriteString(TransportProfileUri);
        w.WriteByte(SecurityLevel);
    }

    /// <summary>Reads the fields from UA Binary.</summary>
    public static EndpointDescription Decode(ref UaReader r) => new()
    {
        EndpointUrl = r.ReadString(),
        Server = ApplicationDescription.Decode(ref r),
        ServerCertificate = r.ReadByteString(),
        SecurityMode = (MessageSecurityMode)r.ReadInt32(),
        SecurityPolicyUri = r.ReadString(),
        UserIdentityTokens = r.ReadArray(static (ref UaReader x) => UserTokenPolicy.Decode(ref x), 1, "EndpointDescription.UserIdentityTokens"),
        TransportProfileUri = r.ReadString(),
        SecurityLevel = r.ReadByte(),
    };
}

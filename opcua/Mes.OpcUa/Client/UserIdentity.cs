using System.Security.Cryptography.X509Certificates;

namespace Mes.OpcUa.Client;

/// <summary>Who the client acts as in a session.</summary>
public abstract record UserIdentity
{
    /// <summary>No user.</summary>
    public static UserIdentity Anonymous { get; } = new AnonymousIdentity();

    /// <summary>A user name and password; the password is encrypted with the server certificate as the endpoint's token policy says.</summary>
    public static UserIdentity UserName(string userName, string password) => new UserNameIdentity(userName, password);

    /// <summary>A user certificate with its private key; the client proves it holds the key by signing the server's nonce.</summary>
    public static UserIdentity Certificate(X509Certificate2 certificate) => new X509Identity(certificate);

    private protected UserIdentity()
    {
    }
}

/// <summary>The anonymous identity.</summary>
public sealed record AnonymousIdentity : UserIdentity;

/// <summary>A user name and password.</summary>
/// <param name="User">The user name.</param>
/// <param name="Password">The password.</param>
public sealed record UserNameIdentity(string User, string Password) : UserIdentity
{
    /// <summary>Hides the password from logs.</summary>
    public override string ToString() => $"UserNameIdentity {{ User = {User} }}";
}

/// <summary>A user certificate with its private key.</summary>
/// <param name="UserCertificate">The certificate; its private key signs the server's nonce.</param>
public sealed record X509Identity(X509Certificate2 UserCertificate) : UserIdentity
{
    /// <summary>Names the certificate, not its key.</summary>
    public override string ToString() => $"X509Identity {{ Subject = {UserCertificate.Subject} }}";
}

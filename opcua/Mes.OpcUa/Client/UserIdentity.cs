namespace Mes.OpcUa.Client;

/// <summary>Who the client acts as in a session.</summary>
public abstract record UserIdentity
{
    /// <summary>No user.</summary>
    public static UserIdentity Anonymous { get; } = new AnonymousIdentity();

    /// <summary>A user name and password; the password is encrypted with the server certificate when the endpoint asks for it.</summary>
    public static UserIdentity UserName(string userName, string password) => new UserNameIdentity(userName, password);

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

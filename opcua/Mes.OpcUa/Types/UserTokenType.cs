namespace Mes.OpcUa.Types;

/// <summary>The kind of user identity a token policy accepts.</summary>
public enum UserTokenType
{
    /// <summary>Anonymous.</summary>
    Anonymous = 0,
    /// <summary>UserName.</summary>
    UserName = 1,
    /// <summary>Certificate.</summary>
    Certificate = 2,
    /// <summary>IssuedToken.</summary>
    IssuedToken = 3,
}

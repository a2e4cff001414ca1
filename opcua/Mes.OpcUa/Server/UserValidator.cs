namespace Mes.OpcUa.Server;

/// <summary>Decides whether a user name and (decrypted) password may open a session.</summary>
/// <param name="userName">The user name.</param>
/// <param name="password">The password in clear text.</param>
public delegate bool UserValidator(string userName, string password);

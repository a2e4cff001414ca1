namespace Mes.Contracts.Identity;

/// <summary>What became of a request to create a user account.</summary>
[GenerateSerializer, Alias("mes.identity.user-creation")]
public enum UserCreation
{
    /// <summary>The account now exists as requested.</summary>
    Created,

    /// <summary>An account with this username exists already; nothing changed.</summary>
    UsernameTaken,

    /// <summary>The badge belongs to another account; nothing changed.</summary>
    BadgeTaken,
}

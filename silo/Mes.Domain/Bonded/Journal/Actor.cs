using Mes.Domain.Bonded.Identifiers;

namespace Mes.Domain.Bonded.Journal;

/// <summary>Who posted an entry: a user id or service name and the role it acted in.</summary>
public sealed record Actor
{
    /// <exception cref="FormatException">The id is empty, longer than 64 characters, or has spaces.</exception>
    public Actor(string id, ActorRole role)
    {
        Id = CodeRules.Token(id, "actor id", 64);
        Role = role;
    }

    /// <summary>The user id or service name.</summary>
    public string Id { get; }

    /// <summary>The role the actor posted under.</summary>
    public ActorRole Role { get; }
}

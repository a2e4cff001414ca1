using Mes.Domain.Bonded.Identifiers;

namespace Mes.Domain.Bonded.Journal;

/// <summary>The other party of a carry-over or outward processing: its book or customs code and its name.</summary>
public sealed record Counterparty
{
    /// <exception cref="FormatException">An empty or malformed code, or an empty name.</exception>
    public Counterparty(string code, string name)
    {
        Code = CodeRules.Token(code, "counterparty code", 64);
        Name = string.IsNullOrWhiteSpace(name) ? throw new FormatException("The counterparty name is empty.") : name;
    }

    /// <summary>The counterparty's account book no. (carry-over) or customs enterprise code (subcontractor).</summary>
    public string Code { get; }

    /// <summary>The counterparty's name.</summary>
    public string Name { get; }
}

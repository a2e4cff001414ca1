using Mes.Contracts.Identity;

namespace Mes.Grains.Identity;

/// <summary>The persisted state of a terminal grain (System.Text.Json in PostgreSQL).</summary>
public sealed class TerminalState
{
    public TerminalRecord? Terminal { get; set; }
}

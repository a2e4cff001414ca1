namespace Mes.PlcSimulator.Definition;

/// <summary>A line file read: the line, or every error found (never both).</summary>
public sealed record LineFileResult(LineDefinition? Line, IReadOnlyList<LineFileError> Errors)
{
    /// <summary>True when the file was accepted.</summary>
    public bool IsValid => Line is not null;
}

namespace Mes.PlcSimulator.Definition;

/// <summary>One reason a line file is refused: the JSON path of the field (<c>machines[3].idealCycleTime</c>) and the rule it breaks.</summary>
public sealed record LineFileError(string Path, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{Path}: {Message}";
}

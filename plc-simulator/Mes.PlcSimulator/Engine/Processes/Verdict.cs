namespace Mes.PlcSimulator.Engine.Processes;

/// <summary>What a machine decided about a board: good, or rejected with the defect found.</summary>
internal readonly record struct Verdict(bool Good, string? Defect)
{
    public static Verdict Pass { get; } = new(true, null);

    public static Verdict Reject(string defect) => new(false, defect);
}

namespace Mes.Grains.Plant;

/// <summary>The persisted state of a workstation grain (System.Text.Json in PostgreSQL).</summary>
public sealed class WorkstationState
{
    public string? Name { get; set; }
    public string? LineId { get; set; }
    public string? WorkstationType { get; set; }
    public DateTimeOffset RegisteredAt { get; set; }
}

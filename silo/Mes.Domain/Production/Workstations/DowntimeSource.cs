namespace Mes.Domain.Production.Workstations;

/// <summary>Who noticed the downtime first.</summary>
public enum DowntimeSource
{
    /// <summary>The machine entered a down state.</summary>
    Machine,
    /// <summary>An operator reported it (the machine still looked available).</summary>
    Operator,
}

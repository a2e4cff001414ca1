namespace Mes.Domain.Production.Oee;

/// <summary>What a downtime is grouped under in a <see cref="DowntimePareto"/>.</summary>
public enum DowntimeCauseKind
{
    /// <summary>The reason code an operator reported: it wins over anything the machine said.</summary>
    Reason,
    /// <summary>No reason reported yet: the alarm the machine stopped with.</summary>
    Alarm,
    /// <summary>Neither a reason nor an alarm.</summary>
    Unassigned,
}

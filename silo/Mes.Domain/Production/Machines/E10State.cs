namespace Mes.Domain.Production.Machines;

/// <summary>The six basic equipment states of SEMI E10.</summary>
public enum E10State
{
    /// <summary>Performing its intended function: running product.</summary>
    Productive,
    /// <summary>Available but not running: no product, no operator, waiting on the line.</summary>
    Standby,
    /// <summary>Available, but used for experiments or qualification.</summary>
    Engineering,
    /// <summary>Planned down: preventive maintenance, setup, changeover.</summary>
    ScheduledDown,
    /// <summary>Down for a fault: alarm, jam, repair.</summary>
    UnscheduledDown,
    /// <summary>Not scheduled to be used: unworked time, machine switched off.</summary>
    NonScheduled,
}

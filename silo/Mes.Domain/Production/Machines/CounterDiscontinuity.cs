namespace Mes.Domain.Production.Machines;

/// <summary>What was unusual about a counter step.</summary>
public enum CounterDiscontinuity
{
    /// <summary>An ordinary step.</summary>
    None,
    /// <summary>The counter went backwards: the PLC restarted or was reset. The new value is what it
    /// counted since, so it is taken as the delta; the counts between the last reading and the reset
    /// were never reported and are not guessed.</summary>
    Reset,
    /// <summary>The previous reading is older than the gap limit, or the connection was lost between the two:
    /// the delta is kept whole, but it cannot be placed in time more finely than the gap.</summary>
    Gap,
}

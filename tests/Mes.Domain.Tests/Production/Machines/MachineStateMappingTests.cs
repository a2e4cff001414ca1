using Mes.Domain.Production.Machines;

namespace Mes.Domain.Tests.Production.Machines;

public sealed class MachineStateMappingTests
{
    [Theory]
    [InlineData("Execute", "Production", false, E10State.Productive)]
    [InlineData("Execute", "Production", true, E10State.Productive)]
    [InlineData("Idle", "Production", false, E10State.Standby)]
    [InlineData("Suspended", null, false, E10State.Standby)]
    [InlineData("Stopped", null, true, E10State.UnscheduledDown)]
    [InlineData("Held", "Production", false, E10State.UnscheduledDown)]
    [InlineData("Aborted", null, true, E10State.UnscheduledDown)]
    [InlineData("Execute", "Maintenance", false, E10State.ScheduledDown)]
    [InlineData("Idle", "Manual", false, E10State.Engineering)]
    [InlineData("Undefined", null, false, E10State.NonScheduled)]
    public void Packml_state_mode_and_alarm_map_to_the_e10_state(string state, string? mode, bool alarm, E10State expected)
    {
        Assert.Equal(expected, MachineStateMapping.ToE10(state, mode, alarm));
    }
}

using Mes.Domain.Production.Machines;

namespace Mes.Domain.Tests.Production.Machines;

public sealed class StateTimelineTests
{
    private static readonly DateTimeOffset T0 = SamplePlant.Now;

    [Fact]
    public void Changes_become_contiguous_intervals_with_the_last_one_open_until_the_end()
    {
        var intervals = StateTimeline.Intervals(
            [
                new(E10State.Productive, T0),
                new(E10State.UnscheduledDown, T0.AddMinutes(10)),
                new(E10State.Productive, T0.AddMinutes(15)),
            ],
            T0.AddMinutes(60));

        Assert.Equal(
            [
                new StateInterval(E10State.Productive, T0, T0.AddMinutes(10)),
                new StateInterval(E10State.UnscheduledDown, T0.AddMinutes(10), T0.AddMinutes(15)),
                new StateInterval(E10State.Productive, T0.AddMinutes(15), T0.AddMinutes(60)),
            ],
            intervals);
    }

    [Fact]
    public void Repeated_states_merge_and_out_of_order_changes_are_sorted()
    {
        var intervals = StateTimeline.Intervals(
            [
                new(E10State.Standby, T0.AddMinutes(20)),
                new(E10State.Productive, T0),
                new(E10State.Productive, T0.AddMinutes(5)),
            ],
            T0.AddMinutes(30));

        Assert.Equal(
            [
                new StateInterval(E10State.Productive, T0, T0.AddMinutes(20)),
                new StateInterval(E10State.Standby, T0.AddMinutes(20), T0.AddMinutes(30)),
            ],
            intervals);
    }
}

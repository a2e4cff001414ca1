namespace Mes.Domain.Tests.Production.MasterData;

public sealed class ShiftCalendarTests
{
    [Fact]
    public void The_night_shift_of_1_june_runs_from_12_00_to_24_00_utc_in_the_asia_shanghai_plant()
    {
        var calendar = SamplePlant.MasterData.ShiftCalendar();

        var night = calendar.WindowsOn(new DateOnly(2026, 6, 1)).Single(w => w.Shift == "night");

        // 20:00 +08:00 on 1 June is 12:00Z; 08:00 +08:00 on 2 June is 00:00Z on 2 June.
        Assert.Equal(new DateTimeOffset(2026, 6, 1, 12, 0, 0, TimeSpan.Zero), night.Start);
        Assert.Equal(new DateTimeOffset(2026, 6, 2, 0, 0, 0, TimeSpan.Zero), night.End);
    }

    [Fact]
    public void An_instant_after_midnight_local_belongs_to_the_night_shift_of_the_previous_production_day()
    {
        var calendar = SamplePlant.MasterData.ShiftCalendar();

        // 2 June 02:30 local = 1 June 18:30Z.
        var window = calendar.WindowAt(new DateTimeOffset(2026, 6, 1, 18, 30, 0, TimeSpan.Zero));

        Assert.Equal(("night", new DateOnly(2026, 6, 1)), (window!.Shift, window.ProductionDay));
    }

    [Fact]
    public void Shift_windows_between_two_instants_are_contiguous_and_in_order()
    {
        var calendar = SamplePlant.MasterData.ShiftCalendar();

        var windows = calendar.WindowsBetween(SamplePlant.Now, SamplePlant.Now.AddDays(2));

        Assert.All(windows.Zip(windows.Skip(1)), pair => Assert.Equal(pair.First.End, pair.Second.Start));
        Assert.Equal(5, windows.Count);
    }
}

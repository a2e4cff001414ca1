using Mes.Domain.Bonded.MasterData;

namespace Mes.Domain.Tests.Bonded.MasterData;

public sealed class WriteOffCycleTests
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);
    private static readonly WriteOffCycle Yearly = new(new DateTimeOffset(2025, 1, 1, 0, 0, 0, China), 12);

    [Fact]
    public void A_cycle_that_starts_at_local_midnight_in_China_ends_at_the_next_local_midnight()
    {
        // 2025-12-31 23:59:59 in China is 15:59:59 UTC, still in the 2025 cycle; 16:00 UTC starts 2026.
        var lastSecond = new DateTimeOffset(2025, 12, 31, 15, 59, 59, TimeSpan.Zero);

        Assert.Equal(new DateTimeOffset(2025, 1, 1, 0, 0, 0, China), Yearly.CycleContaining(lastSecond).From);
        Assert.Equal(new DateTimeOffset(2026, 1, 1, 0, 0, 0, China), Yearly.CycleContaining(lastSecond.AddSeconds(1)).From);
    }

    [Fact]
    public void An_instant_before_the_first_cycle_falls_in_a_cycle_before_it()
    {
        var before = new DateTimeOffset(2024, 6, 1, 0, 0, 0, China);

        Assert.Equal(new DateTimeOffset(2024, 1, 1, 0, 0, 0, China), Yearly.CycleContaining(before).From);
    }
}

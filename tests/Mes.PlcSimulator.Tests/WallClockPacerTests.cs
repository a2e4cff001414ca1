using Mes.PlcSimulator.Host;
using Microsoft.Extensions.Time.Testing;

namespace Mes.PlcSimulator.Tests;

public sealed class WallClockPacerTests
{
    [Fact]
    public void At_speed_ten_a_wall_second_is_ten_simulated_seconds()
    {
        var wall = new FakeTimeProvider();
        var line = SimulatedLine.Start();
        var pacer = new WallClockPacer(line.Simulation, 10, wall);

        wall.Advance(TimeSpan.FromSeconds(1));
        pacer.CatchUp();

        Assert.Equal(TimeSpan.FromSeconds(10), line.Simulation.Elapsed);
    }

    [Fact]
    public void The_pacer_never_runs_past_the_end_it_was_given()
    {
        var wall = new FakeTimeProvider();
        var line = SimulatedLine.Start();
        var pacer = new WallClockPacer(line.Simulation, 100, wall);

        wall.Advance(TimeSpan.FromMinutes(1));
        pacer.CatchUp(until: TimeSpan.FromMinutes(30));

        Assert.Equal(TimeSpan.FromMinutes(30), line.Simulation.Elapsed);
    }

    [Fact]
    public void A_simulated_instant_is_served_at_the_wall_time_the_pacer_reaches_it()
    {
        var wall = new FakeTimeProvider(new DateTimeOffset(2026, 11, 29, 8, 0, 0, TimeSpan.Zero));
        var line = SimulatedLine.Start();
        var pacer = new WallClockPacer(line.Simulation, 10, wall);
        var simulatedStart = line.Simulation.Now;

        Assert.Equal(wall.GetUtcNow().UtcDateTime, pacer.WallTimeOf(simulatedStart.UtcDateTime));
        Assert.Equal(wall.GetUtcNow().AddSeconds(3).UtcDateTime, pacer.WallTimeOf(simulatedStart.AddSeconds(30).UtcDateTime));
    }
}

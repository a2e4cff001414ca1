using Mes.PlcSimulator.Definition;
using Mes.PlcSimulator.Randomness;

namespace Mes.PlcSimulator.Engine;

/// <summary>
/// A process value sampled every tick: an Ornstein–Uhlenbeck process around <see cref="Target"/> plus an excursion
/// offset that jumps now and then and decays back. The exact discretisation is used, so the statistics do not depend
/// on the tick length: x' = m + (x − m)·a + σ·√(1 − a²)·N(0,1), a = exp(−dt/τ), where m is the target plus the
/// excursion and σ the settled standard deviation.
/// </summary>
internal sealed class ProcessValue
{
    private readonly ProcessValueDefinition definition;
    private readonly double reversion;
    private readonly double noiseScale;
    private readonly double recovery;
    private readonly int decimals;
    private long nextExcursionAt;
    private double excursion;

    public ProcessValue(ProcessValueDefinition definition, double initial, double target, long tick, SimulationRandom random)
    {
        this.definition = definition;
        Value = initial;
        Target = target;
        var dt = Ticks.ToSeconds(tick);
        reversion = Math.Exp(-dt / definition.ReversionTime);
        noiseScale = definition.Noise * Math.Sqrt(1 - reversion * reversion);
        recovery = definition.Excursions is { } e ? Math.Exp(-dt / e.RecoveryTime) : 0;
        decimals = DecimalsOf(definition.Resolution);
        nextExcursionAt = definition.Excursions is { } x ? Ticks.FromSeconds(random.Exponential(x.MeanInterval)) : long.MaxValue;
    }

    /// <summary>The value the process returns to (a setpoint, for values that follow one).</summary>
    public double Target { get; set; }

    public double Value { get; private set; }

    /// <summary>The value as the sensor reports it, in steps of the resolution.</summary>
    public double Reading => decimals >= 0
        ? Math.Round(Value, decimals, MidpointRounding.AwayFromZero)
        : Math.Round(Value / definition.Resolution, MidpointRounding.AwayFromZero) * definition.Resolution;

    public void Step(long now, SimulationRandom random)
    {
        if (now >= nextExcursionAt && definition.Excursions is { } e)
        {
            excursion += e.Size * (0.5 + random.NextDouble());
            nextExcursionAt = now + Math.Max(1, Ticks.FromSeconds(random.Exponential(e.MeanInterval)));
        }

        excursion *= recovery;
        var mean = Target + excursion;
        Value = mean + (Value - mean) * reversion + noiseScale * random.Normal();
    }

    /// <summary>The number of decimals a power-of-ten resolution keeps, or −1 for another step (0.25, 5).</summary>
    private static int DecimalsOf(double resolution)
    {
        for (var d = 0; d <= 6; d++)
        {
            if (Math.Abs(resolution - Math.Pow(10, -d)) < 1e-12)
            {
                return d;
            }
        }

        return -1;
    }
}

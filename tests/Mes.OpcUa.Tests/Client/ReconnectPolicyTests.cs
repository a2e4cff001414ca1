using CsCheck;
using Mes.OpcUa.Client;

namespace Mes.OpcUa.Tests.Client;

public sealed class ReconnectPolicyTests
{
    private static readonly ReconnectPolicy Policy = new() { InitialDelay = TimeSpan.FromSeconds(1), MaxDelay = TimeSpan.FromSeconds(30), Multiplier = 2, Jitter = 0.2 };

    [Fact]
    public void Without_jitter_the_wait_doubles_from_the_initial_delay_up_to_the_cap()
    {
        var exact = Policy with { Jitter = 0 };

        var waits = Enumerable.Range(1, 8).Select(attempt => exact.DelayBefore(attempt, 0.5).TotalSeconds);

        Assert.Equal([1, 2, 4, 8, 16, 30, 30, 30], waits);
    }

    [Fact]
    public void A_wait_never_exceeds_the_cap_and_stays_within_the_jitter_of_its_nominal_delay()
    {
        Gen.Select(Gen.Int[1, 200], Gen.Double[0, 1]).Sample((attempt, random) =>
        {
            var wait = Policy.DelayBefore(attempt, random).TotalSeconds;
            var nominal = Math.Min(30, Math.Pow(2, Math.Min(attempt - 1, 64)));
            return wait <= 30 && wait >= nominal * 0.8 - 1e-9 && wait <= nominal * 1.2 + 1e-9;
        });
    }

    [Fact]
    public void Jitter_spreads_the_waits_of_clients_that_fail_together()
    {
        var waits = new[] { 0.0, 0.25, 0.5, 0.75, 0.99 }.Select(random => Policy.DelayBefore(3, random)).Distinct().Count();

        Assert.Equal(5, waits);
    }
}

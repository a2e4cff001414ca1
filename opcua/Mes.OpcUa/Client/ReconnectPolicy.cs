namespace Mes.OpcUa.Client;

/// <summary>
/// How long <see cref="ResilientClient"/> waits before each reconnection attempt: exponential back-off from
/// <see cref="InitialDelay"/>, multiplied by <see cref="Multiplier"/> per failed attempt, spread by ±<see cref="Jitter"/>
/// so that many clients of one PLC do not retry in step, and never longer than <see cref="MaxDelay"/>.
/// </summary>
public sealed record ReconnectPolicy
{
    /// <summary>The wait before the first attempt after a loss.</summary>
    public TimeSpan InitialDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait between attempts.</summary>
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Factor applied to the wait after each failed attempt (at least 1).</summary>
    public double Multiplier { get; init; } = 2;

    /// <summary>Relative spread of each wait, from 0 (none) to 1; 0.2 waits between 80 % and 120 % of the nominal delay.</summary>
    public double Jitter { get; init; } = 0.2;

    /// <summary>The wait before attempt <paramref name="attempt"/> (1 for the first), given a uniform random number in [0, 1).</summary>
    public TimeSpan DelayBefore(int attempt, double random)
    {
        var exponent = Math.Clamp(attempt - 1, 0, 64);
        var nominal = Math.Min(MaxDelay.TotalMilliseconds, InitialDelay.TotalMilliseconds * Math.Pow(Math.Max(1, Multiplier), exponent));
        var jitter = Math.Clamp(Jitter, 0, 1);
        var spread = nominal * (1 - jitter + 2 * jitter * Math.Clamp(random, 0, 1));
        return TimeSpan.FromMilliseconds(Math.Min(MaxDelay.TotalMilliseconds, spread));
    }
}

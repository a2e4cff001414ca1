namespace Mes.Bench.Load.Peers;

/// <summary>Answers at once; it lives only in the benchmark's own silo, never in the MES's.</summary>
[GrainType("bench-ping")]
public sealed class PingGrain : Grain, IPingGrain
{
    /// <inheritdoc />
    public Task<int> Ping(int value) => Task.FromResult(value);
}

namespace Mes.Bench.Load.Peers;

/// <summary>The smallest grain call there is: the Orleans peer of the gateway's calls into the silo.</summary>
[Alias("mes.bench.ping")]
public interface IPingGrain : IGrainWithIntegerKey
{
    /// <summary>Answers with <paramref name="value"/>.</summary>
    [Alias("ping")]
    Task<int> Ping(int value);
}

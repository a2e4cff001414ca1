using System.Collections.Concurrent;

namespace Mes.Bench.Load.Terminals;

/// <summary>The unit operations the gateway acknowledged as completed: (serial, operation id) with the request id used.</summary>
public sealed class Completions
{
    private readonly ConcurrentQueue<Completion> _acknowledged = new();

    /// <summary>Every acknowledged completion, in no particular order.</summary>
    public IReadOnlyCollection<Completion> Acknowledged => _acknowledged;

    internal void Add(Completion completion) => _acknowledged.Enqueue(completion);
}

/// <summary>An acknowledged completion of <paramref name="OperationId"/> on unit <paramref name="Serial"/>.</summary>
public sealed record Completion(string Serial, string OperationId, string WorkstationId, string RequestId);

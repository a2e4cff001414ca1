namespace Mes.Grains.Production.Journal;

/// <summary>The persisted state of an aggregate grain (System.Text.Json in PostgreSQL).</summary>
/// <typeparam name="TAggregate">The domain aggregate.</typeparam>
public sealed record AggregateState<TAggregate>
    where TAggregate : class
{
    /// <summary>The aggregate; null before it was created.</summary>
    public TAggregate? Aggregate { get; init; }

    /// <summary>The sequence of the last event in the aggregate's history.</summary>
    public long Sequence { get; init; }

    /// <summary>Requests recently applied, for idempotent retries.</summary>
    public RequestLog Requests { get; init; } = new();
}

using Mes.Contracts.Production;
using Mes.Domain.Production.Decisions;
using Refusal = Mes.Contracts.Production.Refusal;

namespace Mes.Grains.Production.Journal;

/// <summary>
/// What the production aggregate grains share: the request log for idempotent retries, and the commit
/// order that keeps history and state consistent: events (with their derived rows) are written to the
/// history first, then the grain state; when the state write fails the activation is dropped so that the
/// next call reloads what was stored, and the history rows of the failed attempt are replaced by the
/// next commit.
/// </summary>
/// <typeparam name="TAggregate">The domain aggregate.</typeparam>
/// <typeparam name="TEvent">Its event base type.</typeparam>
public abstract class AggregateGrain<TAggregate, TEvent>(
    IPersistentState<AggregateState<TAggregate>> state,
    IProductionHistory history) : Grain
    where TAggregate : class
    where TEvent : class
{
    /// <summary>The aggregate as stored (null before it was created).</summary>
    protected TAggregate? Aggregate => state.State.Aggregate;

    /// <summary>The sequence of the aggregate's last event.</summary>
    protected long Sequence => state.State.Sequence;

    /// <summary>The grain key, which is also the aggregate id in the history.</summary>
    protected string Key => this.GetPrimaryKeyString();

    /// <summary>Applies an event (creating the aggregate from its first event).</summary>
    protected abstract TAggregate? Apply(TAggregate? aggregate, TEvent change);

    /// <summary>The time an event happened.</summary>
    protected abstract DateTimeOffset TimeOf(TEvent change);

    /// <summary>Called after events were committed: tell whoever watches.</summary>
    protected virtual Task OnCommitted(IReadOnlyList<TEvent> events) => Task.CompletedTask;

    /// <summary>Looks a request up in the request log.</summary>
    protected RequestCheck Check(string requestId, object request)
    {
        if (string.IsNullOrWhiteSpace(requestId))
        {
            return new RequestCheck(requestId ?? string.Empty, string.Empty, null, Refusals.RequestIdMissing());
        }

        var fingerprint = RequestFingerprint.Of(request);
        var seen = state.State.Requests.Find(requestId);
        return seen is null || seen.Fingerprint == fingerprint
            ? new RequestCheck(requestId, fingerprint, seen, null)
            : new RequestCheck(requestId, fingerprint, seen, Refusals.RequestIdReused(requestId));
    }

    /// <summary>
    /// Runs a request: a retry answers from the current state and writes nothing; otherwise
    /// <paramref name="decide"/> asks the domain, and accepted events are committed.
    /// </summary>
    protected async Task<Outcome<T>> Run<T>(string requestId, object request, Func<Task<Attempt>> decide, Func<T> reply)
    {
        var check = Check(requestId, request);
        if (check.Refusal is { } invalid)
        {
            return Outcome.Refused<T>(invalid);
        }

        if (check.IsRepeat)
        {
            return Outcome.Done(reply(), repeated: true);
        }

        var attempt = await decide();
        switch (attempt)
        {
            case { Refusal: { } refusal }:
                return Outcome.Refused<T>(refusal);
            case { Decision: Decision<TEvent>.Refused refused }:
                return Outcome.Refused<T>(Refusals.From(refused.Refusal));
            case { Decision: Decision<TEvent>.Accepted accepted }:
                await Commit(attempt.Before, accepted.Events, check);
                return Outcome.Done(reply());
            default:
                return Outcome.Done(reply(), repeated: true);
        }
    }

    /// <summary>Runs a request the domain decides on the existing aggregate alone; refused with
    /// <paramref name="missing"/> when there is no aggregate yet.</summary>
    protected Task<Outcome<T>> RunOnAggregate<T>(
        string requestId,
        object request,
        Func<TAggregate, Decision<TEvent>> decide,
        Func<Refusal> missing,
        Func<T> reply) =>
        Run(requestId, request, () => Task.FromResult(Aggregate is { } aggregate
            ? Attempt.Decided(aggregate, decide(aggregate))
            : Attempt.Refuse(missing())), reply);

    /// <summary>
    /// Writes <paramref name="events"/> to the history, then the state: the aggregate after them (or
    /// <paramref name="after"/> when the events are already folded into it) and the request with its reply.
    /// </summary>
    protected async Task Commit(
        TAggregate? before,
        IReadOnlyList<TEvent> events,
        RequestCheck? request,
        IReadOnlyList<string>? reply = null,
        TAggregate? after = null)
    {
        ArgumentNullException.ThrowIfNull(events);
        var previous = state.State;
        var entries = events.Select((change, i) =>
            JournalEntry.Of(previous.Sequence + 1 + i, change, TimeOf(change), request?.RequestId)).ToList();
        await history.Append(Key, previous.Sequence, entries);
        await Persist(previous, previous with
        {
            Aggregate = after ?? events.Aggregate(before, Apply),
            Sequence = previous.Sequence + entries.Count,
            Requests = Remember(previous.Requests, request, reply),
        });
        await OnCommitted(events);
    }

    /// <summary>Writes the creation of an aggregate that is not the result of a domain event (a registration).</summary>
    protected async Task CommitCreation(TAggregate created, string kind, DateTimeOffset at, RequestCheck request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var previous = state.State;
        var entry = JournalEntry.Named(previous.Sequence + 1, kind, created, at, request.RequestId);
        await history.Append(Key, previous.Sequence, [entry]);
        await Persist(previous, previous with
        {
            Aggregate = created,
            Sequence = entry.Sequence,
            Requests = Remember(previous.Requests, request, null),
        });
        await OnCommitted([]);
    }

    /// <summary>Keeps a changed aggregate in memory without writing it: nothing happened that must survive
    /// a restart (a telemetry batch that moved no counter and changed no state).</summary>
    protected void Keep(TAggregate aggregate) => state.State = state.State with { Aggregate = aggregate };

    /// <summary>The result of deciding a request: a refusal before the domain was asked, or its decision.</summary>
    protected sealed record Attempt(TAggregate? Before, Decision<TEvent>? Decision, Refusal? Refusal)
    {
        /// <summary>Refused before asking the domain (an unknown id, no master data).</summary>
        public static Attempt Refuse(Refusal refusal) => new(null, null, refusal);

        /// <summary>The domain decided on <paramref name="before"/>.</summary>
        public static Attempt Decided(TAggregate? before, Decision<TEvent> decision) => new(before, decision, null);
    }

    private static RequestLog Remember(RequestLog log, RequestCheck? request, IReadOnlyList<string>? reply) =>
        request is null || request.IsRepeat
            ? log
            : log.With(new RecordedRequest(request.RequestId, request.Fingerprint, reply ?? []));

    private async Task Persist(AggregateState<TAggregate> previous, AggregateState<TAggregate> next)
    {
        state.State = next;
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            state.State = previous;
            DeactivateOnIdle();
            throw;
        }
    }
}

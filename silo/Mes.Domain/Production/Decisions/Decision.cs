namespace Mes.Domain.Production.Decisions;

/// <summary>
/// What an aggregate decided about a command: the events to apply, a refusal, or the recognition
/// that the same request was already applied (idempotent retry by client-supplied request id).
/// </summary>
/// <typeparam name="TEvent">The aggregate's event base type.</typeparam>
public abstract record Decision<TEvent>
    where TEvent : class
{
    private Decision()
    {
    }

    /// <summary>The command is accepted; apply <paramref name="Events"/> in order.</summary>
    public sealed record Accepted(IReadOnlyList<TEvent> Events) : Decision<TEvent>;

    /// <summary>The command is refused; nothing changes.</summary>
    public sealed record Refused(Refusal Refusal) : Decision<TEvent>;

    /// <summary>The request id was already applied; nothing changes and the caller reports success.</summary>
    public sealed record Duplicate(string RequestId) : Decision<TEvent>;

    /// <summary>Accepts with the given events.</summary>
    public static Decision<TEvent> Accept(params TEvent[] events) => new Accepted(events);

    /// <summary>Refuses with a reason, the field concerned and a plain-words message.</summary>
    public static Decision<TEvent> Refuse(RefusalReason reason, string field, string message) =>
        new Refused(new Refusal(reason, field, message));

    /// <summary>The events to apply: empty when refused or duplicate.</summary>
    public IReadOnlyList<TEvent> EventsToApply => this is Accepted accepted ? accepted.Events : [];

    /// <summary>The refusal, or null when the command was not refused.</summary>
    public Refusal? RefusedWith => this is Refused refused ? refused.Refusal : null;
}

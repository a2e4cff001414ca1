using System.Text.Json;

namespace Mes.Grains.Production.Journal;

/// <summary>
/// One event of an aggregate's history as it is stored: its sequence in the aggregate, its kind (the JSON
/// type discriminator), its time, the request that caused it, the event itself (for the rows derived from
/// it: genealogy, state intervals, count advances) and its JSON payload.
/// </summary>
public sealed record JournalEntry(long Sequence, string Kind, DateTimeOffset At, string? RequestId, object Event, string Payload)
{
    /// <summary>An entry for a domain event, serialised as its polymorphic base so the payload carries
    /// its <c>$type</c> and can be read back.</summary>
    public static JournalEntry Of<TEvent>(long sequence, TEvent change, DateTimeOffset at, string? requestId)
        where TEvent : class
    {
        ArgumentNullException.ThrowIfNull(change);
        var node = JsonSerializer.SerializeToNode(change, typeof(TEvent), ProductionJson.Options)!;
        var kind = node["$type"]?.GetValue<string>() ?? change.GetType().Name;
        return new JournalEntry(sequence, kind, at, requestId, change, node.ToJsonString(ProductionJson.Options));
    }

    /// <summary>An entry for something that is not a domain event (a lot's registration), under an explicit kind.</summary>
    public static JournalEntry Named(long sequence, string kind, object payload, DateTimeOffset at, string? requestId)
    {
        ArgumentNullException.ThrowIfNull(payload);
        return new JournalEntry(sequence, kind, at, requestId, payload,
            JsonSerializer.Serialize(payload, payload.GetType(), ProductionJson.Options));
    }
}

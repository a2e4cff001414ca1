using Mes.Contracts.Production;

namespace Mes.Grains.Production.Journal;

/// <summary>
/// What an aggregate's request log says about a request: new (with its fingerprint), a retry of one already
/// applied (<see cref="Seen"/>), or refused (no request id, or the id was used for something else).
/// </summary>
public sealed record RequestCheck(string RequestId, string Fingerprint, RecordedRequest? Seen, Refusal? Refusal)
{
    /// <summary>True when the request was applied before.</summary>
    public bool IsRepeat => Seen is not null;
}

namespace Mes.Grains.Production.Journal;

/// <summary>
/// The last <see cref="Capacity"/> requests an aggregate applied, kept in its grain state so that a
/// retried request (same id) returns the first answer and writes nothing twice, and a request id reused
/// for another request is refused.
/// </summary>
public sealed record RequestLog
{
    /// <summary>How many requests are remembered per aggregate; a retry older than that is decided anew.</summary>
    public const int Capacity = 256;

    /// <summary>The remembered requests, oldest first.</summary>
    public IReadOnlyList<RecordedRequest> Recent { get; init; } = [];

    /// <summary>The request with <paramref name="requestId"/>, or null.</summary>
    public RecordedRequest? Find(string requestId) => Recent.FirstOrDefault(r => r.RequestId == requestId);

    /// <summary>The log with <paramref name="request"/> added, the oldest dropped beyond the capacity.</summary>
    public RequestLog With(RecordedRequest request) =>
        new() { Recent = [.. Recent.Skip(Math.Max(0, Recent.Count + 1 - Capacity)), request] };
}

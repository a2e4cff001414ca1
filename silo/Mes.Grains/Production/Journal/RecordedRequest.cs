namespace Mes.Grains.Production.Journal;

/// <summary>
/// A request an aggregate has applied: its client-supplied id, a fingerprint of what it asked, and what
/// it answered when the answer cannot be read off the aggregate later (the serials an issue produced).
/// </summary>
public sealed record RecordedRequest(string RequestId, string Fingerprint, IReadOnlyList<string> Reply);

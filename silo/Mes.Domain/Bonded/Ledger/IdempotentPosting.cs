namespace Mes.Domain.Bonded.Ledger;

/// <summary>What an idempotency key produced: the digest of its command and the run of entries it posted.</summary>
internal sealed record IdempotentPosting(string CommandDigest, long FirstSequence, int Count);

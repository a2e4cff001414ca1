namespace Mes.Grains.Bonded;

/// <summary>How account-book grains write their journals (configuration section <c>Bonded</c>).</summary>
public sealed class BondedLedgerOptions
{
    /// <summary>
    /// The most postings one journal write carries. Postings that arrive while a write is in flight go out in the
    /// next one, so batches grow with load; the cap bounds the latency of the postings at the back of a batch.
    /// </summary>
    public int MaxPostingsPerWrite { get; set; } = 500;

    /// <summary>
    /// The account book bonded production orders consume under: their completion back-flushes it. Empty means no
    /// bonded production here, and a bonded order cannot complete.
    /// </summary>
    public string ProductionBook { get; set; } = "";
}

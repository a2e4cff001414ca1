namespace Mes.Silo.Storage.Bonded;

/// <summary>Whether a book that was never filed is filed from the shipped sample (configuration section <c>Bonded</c>).</summary>
public sealed class BondedSeedOptions
{
    /// <summary>
    /// File the sample book (samples/bonded) the first time it is asked for, so that a fresh system has a book to post
    /// to. Only the book the sample describes is filed this way; off in a plant that files its own book.
    /// </summary>
    public bool SeedFromSamples { get; set; } = true;

    /// <summary>The folder of book.json, items.json, mappings.json and norms.json; the copy next to the silo when empty.</summary>
    public string? SamplesFolder { get; set; }
}

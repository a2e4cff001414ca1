namespace Mes.Silo.MasterData;

/// <summary>Whether and from where the silo imports the sample plant on first start (section <c>MasterData</c>).</summary>
public sealed class MasterDataSeedOptions
{
    /// <summary>Import the sample plant when no master-data version exists yet.</summary>
    public bool SeedFromSamples { get; set; } = true;

    /// <summary>The sample plant folder; by default <c>samples/plant</c> next to the silo binaries.</summary>
    public string? SamplesPath { get; set; }

    /// <summary>The folder to import from.</summary>
    public string Folder => SamplesPath is { Length: > 0 } path ? path : Path.Combine(AppContext.BaseDirectory, "samples", "plant");
}

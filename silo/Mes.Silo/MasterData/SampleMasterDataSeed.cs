using Mes.Contracts.Production.MasterData;
using Microsoft.Extensions.Options;

namespace Mes.Silo.MasterData;

/// <summary>
/// On silo start: imports the shipped sample plant (samples/plant) when no master-data version exists,
/// so that a fresh system has a plant to run. Several silos starting at once import it once: the
/// master-data grain serialises the imports and only seeds an empty store.
/// </summary>
public sealed partial class SampleMasterDataSeed(
    IGrainFactory grains,
    IOptions<MasterDataSeedOptions> options,
    ILogger<SampleMasterDataSeed> logger) : IStartupTask
{
    /// <summary>The request id of the seed import.</summary>
    public const string RequestId = "seed:samples/plant";

    /// <inheritdoc />
    public async Task Execute(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.SeedFromSamples)
        {
            return;
        }

        var folder = settings.Folder;
        if (!Directory.Exists(folder))
        {
            throw new InvalidOperationException(
                $"MasterData:SeedFromSamples is on but the sample plant folder '{folder}' does not exist; set MasterData:SamplesPath, or MasterData:SeedFromSamples=false.");
        }

        // The top folder holds one complete form of every data set; csv/ holds alternatives.
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(folder).Where(f => f.EndsWith(".json", StringComparison.Ordinal) || f.EndsWith(".csv", StringComparison.Ordinal)))
        {
            files[Path.GetFileName(file)] = await File.ReadAllTextAsync(file, cancellationToken);
        }

        var outcome = await grains.GetGrain<IMasterDataGrain>(IMasterDataGrain.Key)
            .SeedIfEmpty(new ImportMasterData(RequestId, files, "samples/plant"));
        if (outcome.Refusal is { } refusal)
        {
            throw new InvalidOperationException(
                $"The sample plant in '{folder}' was not imported: {string.Join("; ", refusal.Violations.Select(v => v.Description).DefaultIfEmpty(refusal.Message))}");
        }

        if (!outcome.Repeated)
        {
            LogSeeded(outcome.Value!.Version, folder);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Imported the sample plant from {Folder} as master-data version {Version}")]
    private partial void LogSeeded(int version, string folder);
}

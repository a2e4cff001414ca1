namespace Mes.Testing;

/// <summary>
/// A copy of the shipped sample plant (<c>samples/plant</c>) whose equipment points at a test's OPC UA server instead
/// of the default endpoint; the folder is deleted on dispose.
/// </summary>
public sealed class SamplePlantCopy : IDisposable
{
    /// <summary>The endpoint the shipped sample plant names for its machines.</summary>
    public const string DefaultEndpoint = "opc.tcp://127.0.0.1:4840";

    private SamplePlantCopy(string folder) => Folder = folder;

    /// <summary>The folder to pass as <c>MasterData:SamplesPath</c>.</summary>
    public string Folder { get; }

    /// <summary>Copies the sample plant with every machine at <paramref name="endpoint"/>.</summary>
    public static async Task<SamplePlantCopy> WithEquipmentAtAsync(string endpoint)
    {
        var copy = new SamplePlantCopy(Directory.CreateTempSubdirectory("mes-plant-").FullName);
        foreach (var file in Directory.GetFiles(Path.Combine(Repository.Root, "samples", "plant"), "*.json"))
        {
            var text = await File.ReadAllTextAsync(file);
            await File.WriteAllTextAsync(Path.Combine(copy.Folder, Path.GetFileName(file)), text.Replace(DefaultEndpoint, endpoint, StringComparison.Ordinal));
        }
        return copy;
    }

    /// <inheritdoc />
    public void Dispose() => Directory.Delete(Folder, recursive: true);
}

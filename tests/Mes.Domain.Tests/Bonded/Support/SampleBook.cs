using Mes.Domain.Bonded.MasterData;
using Mes.Domain.Bonded.MasterData.Json;

namespace Mes.Domain.Tests.Bonded.Support;

/// <summary>The shipped sample account book (samples/bonded), read from the repository.</summary>
internal static class SampleBook
{
    private static readonly Lazy<AccountBookMasterData> Loaded = new(Load);

    public static AccountBookMasterData MasterData => Loaded.Value;

    /// <summary>When the sample filing takes effect: 2025-01-01 00:00 in Kashgar's official time (+08:00).</summary>
    public static readonly DateTimeOffset FilingStart = new(2025, 1, 1, 0, 0, 0, TimeSpan.FromHours(8));

    public static MasterDataFiles Files() => new(
        Read("book.json"), Read("items.json"), Read("mappings.json"), Read("norms.json"));

    public static string Read(string file) => File.ReadAllText(Path.Combine(Folder("samples", "bonded"), file));

    /// <summary>A file of the repository, by its path from the root.</summary>
    public static string ReadRepositoryFile(params string[] path) =>
        File.ReadAllText(Path.Combine(Folder(path[..^1]), path[^1]));

    private static AccountBookMasterData Load() => MasterDataJson.Load(Files()) switch
    {
        MasterDataResult.Valid valid => valid.Data,
        MasterDataResult.Invalid invalid => throw new InvalidOperationException(
            "The sample book does not load: " + string.Join("; ", invalid.Errors)),
        _ => throw new InvalidOperationException("Unknown master-data result."),
    };

    private static string Folder(params string[] path)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine([dir.FullName, .. path]);
            if (Directory.Exists(candidate) && File.Exists(Path.Combine(dir.FullName, "MES.sln")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException(string.Join('/', path) + " not found above " + AppContext.BaseDirectory);
    }
}

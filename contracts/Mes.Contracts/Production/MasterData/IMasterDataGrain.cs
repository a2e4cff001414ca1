using Orleans.Concurrency;

namespace Mes.Contracts.Production.MasterData;

/// <summary>
/// The plant's production master data (one grain, key <see cref="Key"/>). It serialises imports and
/// hands out version numbers; every version is an immutable row in PostgreSQL. Orders pin the version
/// they were released under.
/// </summary>
[Alias("mes.production.master-data")]
public interface IMasterDataGrain : IGrainWithStringKey
{
    /// <summary>The key of the one master-data grain.</summary>
    public const string Key = "md:plant";

    /// <summary>
    /// Imports a whole new version from files (name → text, see docs/plant/master-data.md). A malformed
    /// file is refused as <see cref="RefusalKind.Invalid"/> with every error as a violation naming file,
    /// row and field; nothing is imported then. A retry with the same request id returns the version the
    /// first attempt created.
    /// </summary>
    [Alias("import")]
    Task<Outcome<MasterDataVersion>> Import(ImportMasterData command);

    /// <summary>Imports <paramref name="command"/> only when no version exists yet (the shipped sample
    /// plant on a silo's first start); otherwise returns the current version unchanged.</summary>
    [Alias("seed")]
    Task<Outcome<MasterDataVersion>> SeedIfEmpty(ImportMasterData command);

    /// <summary>The current version number, or null before the first import.</summary>
    [Alias("current-number"), AlwaysInterleave]
    Task<int?> CurrentVersionNumber();

    /// <summary>A version's description, or null when there is no such version (0 = the current one).</summary>
    [Alias("get"), AlwaysInterleave]
    Task<MasterDataVersion?> GetVersion(int version);

    /// <summary>The operator holding <paramref name="badge"/> in the current master data, or null.</summary>
    [Alias("find-operator"), AlwaysInterleave]
    Task<PlantOperator?> FindOperator(string badge);
}

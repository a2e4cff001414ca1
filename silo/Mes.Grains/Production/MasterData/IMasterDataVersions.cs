namespace Mes.Grains.Production.MasterData;

/// <summary>The stored master-data versions: immutable rows, one per import.</summary>
public interface IMasterDataVersions
{
    /// <summary>The newest version, or null before the first import.</summary>
    Task<StoredMasterData?> Latest(CancellationToken cancellationToken = default);

    /// <summary>A version, or null when there is no such version.</summary>
    Task<StoredMasterData?> Read(int version, CancellationToken cancellationToken = default);

    /// <summary>The version an import request created, or null.</summary>
    Task<StoredMasterData?> ImportedBy(string requestId, CancellationToken cancellationToken = default);

    /// <summary>Stores a new version; false when its number is taken already (a concurrent import won).</summary>
    Task<bool> Add(StoredMasterData version, CancellationToken cancellationToken = default);
}

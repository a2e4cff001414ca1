using System.Collections.Concurrent;
using Mes.Contracts.Production.MasterData;
using Mes.Domain.Production.Machines;
using Mes.Domain.Production.MasterData;

namespace Mes.Grains.Production.MasterData;

/// <summary>
/// The master-data versions a silo has read, cached by version (versions never change once stored), and
/// the equipment node maps built from them. "Current" asks the master-data grain for the current version
/// number, so every silo sees a new import as soon as it is stored.
/// </summary>
public sealed class PlantCatalog(IMasterDataVersions versions, IGrainFactory grains)
{
    private readonly ConcurrentDictionary<int, Task<PlantMasterData?>> loaded = new();
    private readonly ConcurrentDictionary<int, EquipmentNodeMap> nodeMaps = new();

    /// <summary>The current version, or null before the first import.</summary>
    public async Task<PlantMasterData?> Current()
    {
        var number = await grains.GetGrain<IMasterDataGrain>(IMasterDataGrain.Key).CurrentVersionNumber();
        return number is { } version ? await Version(version) : null;
    }

    /// <summary>A version, or null when there is none with that number.</summary>
    public async Task<PlantMasterData?> Version(int version)
    {
        var loading = loaded.GetOrAdd(version, number => ReadData(number));
        try
        {
            var data = await loading;
            if (data is null)
            {
                // Not stored yet: ask again next time rather than remember the absence.
                loaded.TryRemove(new KeyValuePair<int, Task<PlantMasterData?>>(version, loading));
            }

            return data;
        }
        catch
        {
            loaded.TryRemove(new KeyValuePair<int, Task<PlantMasterData?>>(version, loading));
            throw;
        }
    }

    private async Task<PlantMasterData?> ReadData(int version) => (await versions.Read(version))?.Data;

    /// <summary>Remembers a version just imported on this silo.</summary>
    public void Add(PlantMasterData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        loaded.TryAdd(data.Version, Task.FromResult<PlantMasterData?>(data));
    }

    /// <summary>The node map of a version's equipment.</summary>
    public EquipmentNodeMap NodeMap(PlantMasterData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return nodeMaps.GetOrAdd(data.Version, _ => new EquipmentNodeMap(data.Equipment));
    }
}

using Mes.Domain.Bonded.MasterData.Json;

namespace Mes.Grains.Bonded.Storage;

/// <summary>A book's stored master data: the texts the domain loader reads, and how many changes were declared since the filing.</summary>
public sealed record StoredMasterData(MasterDataFiles Files, int ChangeCount);

using Mes.Domain.Production.MasterData;

namespace Mes.Grains.Production.MasterData;

/// <summary>A master-data version as stored: the data, where its files came from, and the import request.</summary>
public sealed record StoredMasterData(PlantMasterData Data, string Source, string RequestId, string Fingerprint);

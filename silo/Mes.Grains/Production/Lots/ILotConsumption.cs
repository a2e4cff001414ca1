using Mes.Contracts.Production;
using Mes.Contracts.Production.Lots;

namespace Mes.Grains.Production.Lots;

/// <summary>What workstations ask of a lot grain; not part of the public contracts.</summary>
[Alias("mes.production.lot-consumption")]
public interface ILotConsumption : IGrainWithStringKey
{
    /// <summary>Books consumption (a fact: always applied, overdrawing when the label was wrong).</summary>
    [Alias("consume")]
    Task<Outcome<LotSnapshot>> Consume(ConsumeLot call);
}

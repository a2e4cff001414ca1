using Mes.Contracts.Production;
using Mes.Contracts.Production.Genealogy;
using Mes.Contracts.Production.Lots;
using Mes.Contracts.Production.Units;
using Mes.Domain.Production.Genealogy;
using Orleans.Concurrency;
using BackwardTrace = Mes.Contracts.Production.Genealogy.BackwardTrace;

namespace Mes.Grains.Production.Genealogy;

/// <summary>
/// Backward and forward genealogy: reads the stored operation records and lets the domain's
/// <see cref="GenealogyViews"/> build the views. A stateless worker: each silo answers locally.
/// </summary>
[GrainType("genealogy"), StatelessWorker]
public sealed class GenealogyGrain(IGenealogyRecords records) : Grain, IGenealogyGrain
{
    /// <inheritdoc />
    public async Task<Outcome<BackwardTrace>> Backward(string serial)
    {
        if (!GrainKey.Unit.IsValidId(serial))
        {
            return Outcome.Refused<BackwardTrace>(Refusal.Invalid("serial", GrainKey.Unit.Rule));
        }

        var found = await records.Behind(serial);
        if (found.Count == 0 && await GrainFactory.GetGrain<IUnitGrain>(GrainKey.Unit.For(serial)).Get() is null)
        {
            return Outcome.Refused<BackwardTrace>(Refusal.NotFound(GrainKey.Unit.ResourceType, serial, "serial"));
        }

        return Outcome.Done(GenealogyTraces.From(GenealogyViews.Backward(serial, found)));
    }

    /// <inheritdoc />
    public async Task<Outcome<RecallList>> Forward(string lotNo)
    {
        if (!GrainKey.Lot.IsValidId(lotNo))
        {
            return Outcome.Refused<RecallList>(Refusal.Invalid("lotNo", GrainKey.Lot.Rule));
        }

        var found = await records.ReachedFrom(lotNo);
        if (found.Count == 0 && await GrainFactory.GetGrain<IMaterialLotGrain>(GrainKey.Lot.For(lotNo)).Get() is null)
        {
            return Outcome.Refused<RecallList>(Refusal.NotFound(GrainKey.Lot.ResourceType, lotNo, "lotNo"));
        }

        var shipments = await records.Shipments(found.Select(r => r.Serial).Distinct().ToList());
        return Outcome.Done(GenealogyTraces.From(GenealogyViews.Forward(lotNo, found, shipments)));
    }
}

namespace Mes.Contracts.Production.Genealogy;

/// <summary>Genealogy queries over the stored operation records (a stateless worker; any key).</summary>
[Alias("mes.production.genealogy")]
public interface IGenealogyGrain : IGrainWithIntegerKey
{
    /// <summary>Everything that went into a unit: lots by slot, component serials (followed
    /// transitively), workstations, operators and the operation records.</summary>
    [Alias("backward")]
    Task<Outcome<BackwardTrace>> Backward(string serial);

    /// <summary>Every unit that used a lot, directly or through a component, with its order and shipment:
    /// the recall list.</summary>
    [Alias("forward")]
    Task<Outcome<RecallList>> Forward(string lotNo);
}

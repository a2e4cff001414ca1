namespace Mes.Domain.Bonded.Journal;

/// <summary>What a domestic sale is taxed as (the regime codes 0444/0445 against 0544/0545, bonded-notes A3).</summary>
public enum DutyTreatment
{
    /// <summary>Taxed as the imported materials it contains.</summary>
    AsImportedMaterials,

    /// <summary>Taxed as the finished good.</summary>
    AsFinishedGoods,

    /// <summary>Taxed in the state customs inspect it in (scrap sold domestically, 报验状态).</summary>
    AsInspectedState,
}

namespace Mes.Domain.Bonded.Journal;

/// <summary>How scrap or defectives leave the books.</summary>
public enum DisposalMode
{
    /// <summary>Sold into the domestic market with duty (内销).</summary>
    DomesticSale,

    /// <summary>Returned abroad (退港 / 退运).</summary>
    ReturnAbroad,

    /// <summary>Destroyed under customs supervision (销毁).</summary>
    Destruction,
}

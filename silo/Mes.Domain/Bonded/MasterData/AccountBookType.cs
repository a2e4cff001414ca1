namespace Mes.Domain.Bonded.MasterData;

/// <summary>The kind of account book (账册类型 <c>emsTypecd</c>).</summary>
public enum AccountBookType
{
    /// <summary>区内加工: a processing book of an enterprise inside a special customs supervision area (H book).</summary>
    ZoneProcessing,

    /// <summary>区内物流: a logistics book of a zone enterprise that stores and distributes without processing.</summary>
    ZoneLogistics,

    /// <summary>加工贸易电子账册: a processing-trade e-book of an enterprise outside a zone (E book).</summary>
    ProcessingTrade,
}

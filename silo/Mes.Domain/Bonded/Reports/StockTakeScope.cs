namespace Mes.Domain.Bonded.Reports;

/// <summary>Whether a count covered only what is on its sheet or the whole site.</summary>
public enum StockTakeScope
{
    /// <summary>A cycle count: only items on the sheet are compared.</summary>
    CountedItemsOnly,

    /// <summary>A full count: an item with stock on the book but not on the sheet counts as found zero.</summary>
    Full,
}

namespace Mes.Domain.Bonded.Posting.Commands;

/// <summary>Whether a stock adjustment books a surplus or a shortage.</summary>
public enum AdjustmentDirection
{
    /// <summary>盘盈: more found than booked.</summary>
    Gain,

    /// <summary>盘亏: less found than booked.</summary>
    Loss,
}

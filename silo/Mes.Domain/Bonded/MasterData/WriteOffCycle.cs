namespace Mes.Domain.Bonded.MasterData;

/// <summary>
/// The write-off cycle of a book (核销周期 <c>vclrPridVal</c>): consecutive periods of <see cref="Months"/>
/// months from <see cref="FirstStart"/>. Boundaries are counted in the offset of <see cref="FirstStart"/>,
/// so a cycle that starts at local midnight in China (+08:00) keeps starting at local midnight.
/// </summary>
public sealed record WriteOffCycle
{
    /// <exception cref="ArgumentOutOfRangeException">A cycle shorter than a month or longer than five years.</exception>
    public WriteOffCycle(DateTimeOffset firstStart, int months)
    {
        if (months is < 1 or > 60)
        {
            throw new ArgumentOutOfRangeException(nameof(months), months, "A write-off cycle lasts 1 to 60 months.");
        }

        FirstStart = firstStart;
        Months = months;
    }

    /// <summary>The start of the first cycle, with the offset its boundaries are counted in.</summary>
    public DateTimeOffset FirstStart { get; }

    /// <summary>The length of one cycle in months.</summary>
    public int Months { get; }

    /// <summary>The cycle with the given index (0 is the first; negative indexes lie before it).</summary>
    public ReportingPeriod Cycle(int index) =>
        new(FirstStart.AddMonths(index * Months), FirstStart.AddMonths((index + 1) * Months));

    /// <summary>The cycle that contains <paramref name="at"/>.</summary>
    public ReportingPeriod CycleContaining(DateTimeOffset at)
    {
        var local = at.ToOffset(FirstStart.Offset);
        var monthsSinceStart = ((local.Year - FirstStart.Year) * 12) + local.Month - FirstStart.Month;
        var index = monthsSinceStart >= 0 ? monthsSinceStart / Months : -((Months - 1 - monthsSinceStart) / Months);
        // The month arithmetic lands on the right cycle or its neighbour (day and time of day decide).
        while (Cycle(index).From > at)
        {
            index--;
        }

        while (Cycle(index).To <= at)
        {
            index++;
        }

        return Cycle(index);
    }
}

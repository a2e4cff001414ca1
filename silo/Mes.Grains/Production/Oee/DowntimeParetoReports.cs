using Mes.Contracts.Production.Oee;
using Mes.Contracts.Production.Workstations;
using Mes.Domain.Production.Machines;
using Mes.Domain.Production.Oee;
using Mes.Domain.Production.Workstations;

namespace Mes.Grains.Production.Oee;

/// <summary>Between the domain's downtime Pareto and the contracts.</summary>
public static class DowntimeParetoReports
{
    /// <summary>The report of <paramref name="pareto"/> for <paramref name="lineId"/>.</summary>
    public static DowntimeParetoReport From(string lineId, DowntimePareto pareto)
    {
        ArgumentNullException.ThrowIfNull(pareto);
        return new DowntimeParetoReport(lineId, pareto.From, pareto.To, Shares(pareto.Losses), Shares(pareto.Scheduled),
            pareto.LostTime, pareto.ScheduledTime);
    }

    /// <summary>The domain's downtime from the record a workstation of <paramref name="workstationId"/> reported.</summary>
    public static Downtime Downtime(string workstationId, DowntimeRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new Downtime(record.DowntimeId, workstationId, Enum.Parse<E10State>(record.Category),
            Enum.Parse<DowntimeSource>(record.Source), record.StartedAt, record.EndedAt, record.AlarmCode, record.AlarmText,
            record.ReasonCode, record.ReportedBy);
    }

    private static List<DowntimeCauseShare> Shares(IReadOnlyList<DowntimeParetoRow> rows) =>
        rows.Select(r => new DowntimeCauseShare(r.Cause.Key, r.Cause.Kind.ToString(), r.Cause.Code, r.Description,
            r.Category.ToString(), r.Occurrences, r.Duration, r.Share, r.CumulativeShare, r.Workstations, r.IncludesOpen)).ToList();
}

using Mes.Contracts.Production;
using Mes.Contracts.Production.Oee;
using Mes.Domain.Production.Machines;
using Mes.Domain.Production.MasterData;
using Mes.Domain.Production.Oee;
using Mes.Grains.Production.MasterData;
using Orleans.Concurrency;

namespace Mes.Grains.Production.Oee;

/// <summary>
/// OEE reports: reads the stored intervals and counts and the workstation's open interval, and lets the
/// domain's <see cref="OeeCalculator"/> compute every figure. A stateless worker: each silo answers locally.
/// </summary>
[GrainType("oee"), StatelessWorker]
public sealed class OeeGrain(IMachineRecords records, PlantCatalog catalog) : Grain, IOeeGrain
{
    /// <inheritdoc />
    public async Task<Outcome<WorkstationOeeReport>> ForWorkstation(string workstationId, DateTimeOffset from, DateTimeOffset to)
    {
        if (Window(from, to) is { } invalid)
        {
            return Outcome.Refused<WorkstationOeeReport>(invalid);
        }

        if (await catalog.Current() is not { } master)
        {
            return Outcome.Refused<WorkstationOeeReport>(Refusals.MasterDataMissing());
        }

        if (master.FindWorkstation(workstationId) is null)
        {
            return Outcome.Refused<WorkstationOeeReport>(Refusal.NotFound(GrainKey.Workstation.ResourceType, workstationId, "workstationId"));
        }

        if (master.FindEquipment(workstationId) is not { } equipment)
        {
            return Outcome.Refused<WorkstationOeeReport>(Refusals.Execution(ExecutionRefusal.NoMachine, RefusalKind.Rule, "workstationId",
                $"{workstationId} is a manual station: it has no machine state and no OEE."));
        }

        return Outcome.Done((await Measure(equipment, from, to)).Report);
    }

    /// <inheritdoc />
    public async Task<Outcome<LineOeeReport>> ForLine(string lineId, DateTimeOffset from, DateTimeOffset to) =>
        Window(from, to) is { } invalid ? Outcome.Refused<LineOeeReport>(invalid) : await Line(lineId, from, to, null);

    /// <inheritdoc />
    public async Task<Outcome<LineOeeReport>> ForShift(string lineId, DateOnly productionDay, string shift)
    {
        if (await catalog.Current() is not { } master)
        {
            return Outcome.Refused<LineOeeReport>(Refusals.MasterDataMissing());
        }

        var window = master.ShiftCalendar().WindowsOn(productionDay).FirstOrDefault(w => w.Shift == shift);
        return window is null
            ? Outcome.Refused<LineOeeReport>(Refusal.NotFound("shift", shift, "shift"))
            : await Line(lineId, window.Start, window.End, window.Shift);
    }

    private async Task<Outcome<LineOeeReport>> Line(string lineId, DateTimeOffset from, DateTimeOffset to, string? shift)
    {
        if (await catalog.Current() is not { } master)
        {
            return Outcome.Refused<LineOeeReport>(Refusals.MasterDataMissing());
        }

        if (master.Lines.All(l => l.Id != lineId))
        {
            return Outcome.Refused<LineOeeReport>(Refusal.NotFound(GrainKey.Line.ResourceType, lineId, "lineId"));
        }

        var machines = master.WorkstationsOf(lineId).Select(w => master.FindEquipment(w.Id)).OfType<Equipment>().ToList();
        if (machines.Count == 0)
        {
            return Outcome.Refused<LineOeeReport>(Refusals.Execution(ExecutionRefusal.NoMachine, RefusalKind.Rule, "lineId",
                $"Line {lineId} has no machines, so it has no OEE."));
        }

        var measured = new List<(WorkstationOee Figures, WorkstationOeeReport Report)>();
        foreach (var machine in machines)
        {
            measured.Add(await Measure(machine, from, to));
        }

        var figures = OeeCalculator.ForLine(measured.Select(m => m.Figures).ToList());
        return Outcome.Done(new LineOeeReport(lineId, from, to, shift, figures.ConstraintWorkstationId,
            new OeeFactors(figures.Availability, figures.Performance, figures.Quality, figures.Oee,
                measured.Single(m => m.Report.WorkstationId == figures.ConstraintWorkstationId).Report.Factors.PerformanceCapped),
            measured.Select(m => m.Report).ToList()));
    }

    private async Task<(WorkstationOee Figures, WorkstationOeeReport Report)> Measure(Equipment machine, DateTimeOffset from, DateTimeOffset to)
    {
        var id = machine.WorkstationId;
        var window = await GrainFactory.GetGrain<IWorkstationMachine>(GrainKey.Workstation.For(id)).Window();
        var intervals = (await records.Intervals(id, from, to, window.Sequence)).ToList();
        var open = window.Open is { } state ? new StateInterval(Enum.Parse<E10State>(state.State), state.Since, state.Until) : null;
        if (open is not null)
        {
            intervals.Add(open);
        }

        var counts = await records.Counts(id, from, to, window.Sequence);
        var oee = OeeCalculator.ForWorkstation(id, from, to, intervals, counts, machine.IdealCycleSeconds);
        var f = oee.Figures;
        return (oee, new WorkstationOeeReport(id, from, to,
            new OeeFactors(f.Availability, f.Performance, f.Quality, f.Oee, f.PerformanceCapped),
            new OeeBasis(f.PlannedTime, f.RunTime, f.IdealCycleSeconds, f.TotalCount, f.GoodCount,
                intervals.Count(i => i.Clip(from, to) is not null), open?.Clip(from, to) is not null)));
    }

    private static Refusal? Window(DateTimeOffset from, DateTimeOffset to) =>
        to > from ? null : Refusal.Invalid("to", "must be after from");
}

using Mes.Domain.Production.Machines;

namespace Mes.Domain.Production.Workstations;

public sealed partial record Workstation
{
    /// <summary>
    /// Folds one telemetry batch (signals of this workstation; others are skipped) into the workstation and
    /// returns the events it derived: state changes and closed state intervals, downtime started/ended,
    /// counter deltas (with resets and gaps marked) and material consumed per slot. Signals are taken in
    /// source-timestamp order; values sharing a timestamp are applied together before the E10 state is
    /// derived, so an alarm code arriving with its state is not lost. Signals older than what the
    /// workstation has already seen change nothing, so replaying a batch is harmless. <paramref name="afterOutage"/>
    /// says the batch is the first since the link to the machine was (re)established: each counter's first step in it
    /// is then a gap.
    /// </summary>
    public TelemetryFold Fold(IEnumerable<MachineSignal> batch, TimeSpan? gapLimit = null, bool afterOutage = false)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var state = this;
        var events = new List<WorkstationEvent>();
        var stepped = new HashSet<string>(StringComparer.Ordinal);
        foreach (var moment in batch.Where(s => s.WorkstationId == Id).OrderBy(s => s.At).GroupBy(s => s.At))
        {
            var picture = state.Machine;
            var pictureChanged = false;
            foreach (var signal in moment)
            {
                if (signal is CounterSignal counter)
                {
                    var spansOutage = afterOutage && stepped.Add(counter.CounterKey);
                    state = state.Count(counter, gapLimit ?? CounterTracker.DefaultGapLimit, spansOutage, events);
                }
                else if (picture.UpdatedAt is not { } seen || signal.At >= seen)
                {
                    picture = Read(picture, signal);
                    pictureChanged = true;
                }
            }

            if (pictureChanged)
            {
                state = state.Derive(picture with { UpdatedAt = moment.Key }, moment.Key, events);
            }
        }

        return new TelemetryFold(state, events);
    }

    private static MachinePicture Read(MachinePicture picture, MachineSignal signal) => signal switch
    {
        TextSignal { Kind: SignalKind.State } text => picture with { State = text.Value },
        TextSignal { Kind: SignalKind.Mode } text => picture with { Mode = text.Value },
        TextSignal { Kind: SignalKind.AlarmCode } text => picture with { AlarmCode = text.Value },
        TextSignal { Kind: SignalKind.AlarmText } text => picture with { AlarmText = text.Value },
        FlagSignal { Kind: SignalKind.AlarmActive } flag => picture with { AlarmActive = flag.Value },
        _ => picture,
    };

    private Workstation Derive(MachinePicture picture, DateTimeOffset at, List<WorkstationEvent> events)
    {
        var derived = picture.Derived();
        if (picture.Since is not null && derived == picture.E10)
        {
            return this with { Machine = picture, OpenDowntime = WithAlarm(OpenDowntime, picture) };
        }

        if (picture.Since is { } from && at > from)
        {
            events.Add(new StateIntervalClosed(Id, new StateInterval(picture.E10, from, at), at));
        }

        events.Add(new MachineStateChanged(Id, derived, picture.State, picture.AlarmActive ? picture.AlarmCode : null, at));
        var next = this with { Machine = picture with { E10 = derived, Since = at } };
        if (derived.IsDown() && OpenDowntime is null)
        {
            var downtime = new Downtime(Downtime.IdFor(Id, at), Id, derived, DowntimeSource.Machine, at, null,
                picture.AlarmActive ? picture.AlarmCode : null, picture.AlarmActive ? picture.AlarmText : null, null, null);
            events.Add(new DowntimeStarted(Id, downtime, at));
            return next with { OpenDowntime = downtime };
        }

        // Machine-detected downtime ends when the machine leaves the down states; operator-reported
        // downtime (the machine looked available) ends when it produces again.
        if (OpenDowntime is { } open && !derived.IsDown()
            && (open.Source == DowntimeSource.Machine || derived == E10State.Productive))
        {
            var closed = open with { EndedAt = at };
            events.Add(new DowntimeEnded(Id, closed, at));
            return next with { OpenDowntime = null, LastDowntime = closed };
        }

        return next;
    }

    private static Downtime? WithAlarm(Downtime? open, MachinePicture picture) =>
        open is { Source: DowntimeSource.Machine, AlarmCode: null } && picture.AlarmActive && picture.AlarmCode is not null
            ? open with { AlarmCode = picture.AlarmCode, AlarmText = picture.AlarmText }
            : open;

    private Workstation Count(CounterSignal signal, TimeSpan gapLimit, bool spansOutage, List<WorkstationEvent> events)
    {
        var key = signal.CounterKey;
        var step = CounterTracker.Advance(Counters.GetValueOrDefault(key), signal.Value, signal.At, gapLimit, spansOutage);
        if (step.Ignored)
        {
            return this;
        }

        var next = this with { Counters = With(Counters, key, step.Reading) };
        if (step.Delta == 0 && step.Discontinuity == CounterDiscontinuity.None)
        {
            return next;
        }

        events.Add(new CountsAdvanced(Id, signal.Kind, signal.Slot, step.Delta, signal.Value, step.Discontinuity, signal.At));
        if (signal.Slot is not { } slot || step.Delta == 0)
        {
            return next;
        }

        var placed = UnbookedPlacements.GetValueOrDefault(slot);
        if (signal.Kind == SignalKind.SlotMispicks)
        {
            return next with { UnbookedPlacements = With(UnbookedPlacements, slot, Math.Max(0, placed - step.Delta)) };
        }

        var reel = Setup.GetValueOrDefault(slot);
        events.Add(new MaterialConsumed(Id, slot, reel?.LotNo, reel?.PartNo, step.Delta, signal.At));
        return next with { UnbookedPlacements = With(UnbookedPlacements, slot, placed + step.Delta) };
    }
}

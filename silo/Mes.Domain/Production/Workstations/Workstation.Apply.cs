namespace Mes.Domain.Production.Workstations;

public sealed partial record Workstation
{
    /// <summary>
    /// Applies an event decided by <see cref="Decide"/> (or booked with <see cref="ConsumptionFor"/>).
    /// Events derived from telemetry are already part of the state <see cref="Fold"/> returns, so applying
    /// them again changes nothing.
    /// </summary>
    public Workstation Apply(WorkstationEvent change)
    {
        ArgumentNullException.ThrowIfNull(change);
        return change switch
        {
            OperatorLoggedIn login => this with { Session = new OperatorSession(login.Badge, login.Name, login.At) },
            OperatorLoggedOut => this with { Session = null },
            OrderSelected selected => this with { CurrentOrder = selected.Order },
            MaterialLoaded loaded => this with
            {
                Setup = With(Setup, loaded.Slot, new LoadedReel(loaded.Slot, loaded.LotNo, loaded.PartNo, loaded.Bonded, loaded.At)),
                UnbookedPlacements = Without(UnbookedPlacements, loaded.Slot),
            },
            MaterialUnloaded unloaded => this with { Setup = Without(Setup, unloaded.Slot) },
            DowntimeStarted started => this with { OpenDowntime = started.Downtime },
            DowntimeEnded ended => this with { OpenDowntime = null, LastDowntime = ended.Downtime },
            DowntimeReasonReported reported => WithReason(reported),
            ConsumptionAttributed booked => this with
            {
                UnbookedPlacements = booked.Slots.Aggregate(UnbookedPlacements, Without),
            },
            MachineStateChanged or StateIntervalClosed or CountsAdvanced or MaterialConsumed => this,
            _ => throw new ArgumentOutOfRangeException(nameof(change), change, "unknown workstation event"),
        };
    }

    private Workstation WithReason(DowntimeReasonReported reported)
    {
        Downtime? Attach(Downtime? downtime) => downtime?.Id == reported.DowntimeId
            ? downtime with { ReasonCode = reported.ReasonCode, ReportedBy = reported.Badge }
            : downtime;

        return this with { OpenDowntime = Attach(OpenDowntime), LastDowntime = Attach(LastDowntime) };
    }

    private static IReadOnlyDictionary<string, T> With<T>(IReadOnlyDictionary<string, T> map, string key, T value) =>
        new Dictionary<string, T>(map) { [key] = value };

    private static IReadOnlyDictionary<string, T> Without<T>(IReadOnlyDictionary<string, T> map, string key)
    {
        if (!map.ContainsKey(key))
        {
            return map;
        }

        var copy = new Dictionary<string, T>(map);
        copy.Remove(key);
        return copy;
    }
}

namespace Mes.Contracts.Production.Oee;

/// <summary>
/// OEE per workstation, line and shift (a stateless worker; any key). The figures come only from the
/// domain's OEE calculator, fed with the stored state intervals and count advances plus the workstation's
/// open interval, and the inputs come back with them, so every screen shows the same number and its basis.
/// </summary>
[Alias("mes.production.oee")]
public interface IOeeGrain : IGrainWithIntegerKey
{
    /// <summary>A workstation's OEE over [<paramref name="from"/>, <paramref name="to"/>).</summary>
    [Alias("workstation")]
    Task<Outcome<WorkstationOeeReport>> ForWorkstation(string workstationId, DateTimeOffset from, DateTimeOffset to);

    /// <summary>A line's OEE over [<paramref name="from"/>, <paramref name="to"/>).</summary>
    [Alias("line")]
    Task<Outcome<LineOeeReport>> ForLine(string lineId, DateTimeOffset from, DateTimeOffset to);

    /// <summary>A line's OEE over one shift of the plant's shift calendar.</summary>
    [Alias("shift")]
    Task<Outcome<LineOeeReport>> ForShift(string lineId, DateOnly productionDay, string shift);
}

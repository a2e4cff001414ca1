using Mes.Domain.Production.Machines;

namespace Mes.Domain.Production.Workstations;

/// <summary>
/// A downtime of a workstation. Machine-detected downtime carries the alarm; the reason code is what an
/// operator reported (attached later to machine-detected downtime). <see cref="EndedAt"/> is null while open.
/// </summary>
public sealed record Downtime(
    string Id,
    string WorkstationId,
    E10State Category,
    DowntimeSource Source,
    DateTimeOffset StartedAt,
    DateTimeOffset? EndedAt,
    string? AlarmCode,
    string? AlarmText,
    string? ReasonCode,
    string? ReportedBy)
{
    /// <summary>A deterministic id, so that replaying the same telemetry yields the same downtime.</summary>
    public static string IdFor(string workstationId, DateTimeOffset startedAt) =>
        FormattableString.Invariant($"{workstationId}@{startedAt.UtcTicks}");
}

using Mes.Domain.Production.Workstations;

namespace Mes.Domain.Production.Oee;

/// <summary>
/// The cause a downtime counts against in a <see cref="DowntimePareto"/>: the operator's reason code when
/// one was reported (even after the downtime ended), else the machine's alarm code, else unassigned.
/// <see cref="Key"/> names it in one word: <c>JAM</c>, <c>alarm:E-21</c>, <c>unassigned</c>.
/// </summary>
public sealed record DowntimeCause(DowntimeCauseKind Kind, string? Code)
{
    /// <summary>The prefix of an alarm cause's key; reason codes never contain a colon.</summary>
    public const string AlarmPrefix = "alarm:";

    /// <summary>The key of the unassigned cause.</summary>
    public const string UnassignedKey = "unassigned";

    /// <summary>Downtime with neither a reason nor an alarm.</summary>
    public static DowntimeCause Unassigned { get; } = new(DowntimeCauseKind.Unassigned, null);

    /// <summary>The cause as one word: the reason code, <c>alarm:&lt;code&gt;</c> or <c>unassigned</c>.</summary>
    public string Key => Kind switch
    {
        DowntimeCauseKind.Reason => Code!,
        DowntimeCauseKind.Alarm => AlarmPrefix + Code,
        _ => UnassignedKey,
    };

    /// <summary>The cause <paramref name="downtime"/> counts against.</summary>
    public static DowntimeCause Of(Downtime downtime)
    {
        ArgumentNullException.ThrowIfNull(downtime);
        return !string.IsNullOrWhiteSpace(downtime.ReasonCode) ? new DowntimeCause(DowntimeCauseKind.Reason, downtime.ReasonCode)
            : !string.IsNullOrWhiteSpace(downtime.AlarmCode) ? new DowntimeCause(DowntimeCauseKind.Alarm, downtime.AlarmCode)
            : Unassigned;
    }
}

using Orleans.Concurrency;

namespace Mes.Contracts.Production.Lines;

/// <summary>
/// The live picture of a line (key <c>line:&lt;line id&gt;</c>, see <see cref="GrainKey.Line"/>): each
/// workstation's state, alarm, counts, order and operator, kept up to date by the workstations. Not stored:
/// after a failover the new activation asks its workstations and starts a new <see cref="LineCursor.Epoch"/>.
/// </summary>
[Alias("mes.production.line")]
public interface ILineGrain : IGrainWithStringKey
{
    /// <summary>The line as it is now; refused as not found when master data has no such line.</summary>
    [Alias("get"), AlwaysInterleave]
    Task<Outcome<LineView>> Get();

    /// <summary>
    /// Returns the line as soon as it has changed since <paramref name="since"/> (another epoch counts as a
    /// change), or after <paramref name="timeout"/> as it is. A streaming view calls this in a loop with
    /// the cursor of the last view; after a silo failover it simply calls again.
    /// </summary>
    [Alias("wait-for-change"), AlwaysInterleave]
    Task<Outcome<LineView>> WaitForChange(LineCursor since, TimeSpan timeout);

    /// <summary>A workstation's tile changed (sent by the workstation; older tiles are ignored).</summary>
    [Alias("publish"), OneWay]
    Task Publish(WorkstationTile tile);
}

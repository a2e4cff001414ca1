using Mes.Contracts.Production;
using Mes.Contracts.Production.Lines;
using Mes.Contracts.Production.Workstations;
using Mes.Domain.Production.MasterData;
using Mes.Grains.Production.MasterData;

namespace Mes.Grains.Production.Lines;

/// <summary>
/// The live picture of a line, in memory only: the workstations publish their tiles when what the
/// dashboard shows changes, and watchers long-poll <see cref="WaitForChange"/>. A new activation asks
/// every workstation of the line for its status and starts a new epoch.
/// </summary>
[GrainType("line")]
public sealed class LineGrain(PlantCatalog catalog, TimeProvider clock) : Grain, ILineGrain
{
    /// <summary>The longest a watcher waits in one call; below the Orleans response timeout.</summary>
    public static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(20);

    private readonly string epoch = Guid.NewGuid().ToString("N");
    private readonly Dictionary<string, WorkstationTile> tiles = new(StringComparer.Ordinal);
    private TaskCompletionSource changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Line? line;
    private IReadOnlyList<WorkstationDefinition> stations = [];
    private long version;

    private string LineId => GrainKey.Line.IdOf(this.GetPrimaryKeyString());

    /// <inheritdoc />
    public override Task OnActivateAsync(CancellationToken cancellationToken) => Load();

    /// <inheritdoc />
    public async Task<Outcome<LineView>> Get()
    {
        if (line is null)
        {
            await Load();
        }

        return View();
    }

    /// <inheritdoc />
    public async Task<Outcome<LineView>> WaitForChange(LineCursor since, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(since);
        if (line is not null && since.Epoch == epoch && since.Version >= version)
        {
            var wait = timeout < TimeSpan.Zero ? TimeSpan.Zero : timeout > MaxWait ? MaxWait : timeout;
            await Task.WhenAny(changed.Task, Task.Delay(wait, clock));
        }

        return await Get();
    }

    /// <inheritdoc />
    public Task Publish(WorkstationTile tile)
    {
        ArgumentNullException.ThrowIfNull(tile);
        if (!tiles.TryGetValue(tile.WorkstationId, out var shown) || tile.Sequence >= shown.Sequence)
        {
            tiles[tile.WorkstationId] = tile;
            version++;
            var woken = changed;
            changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            woken.TrySetResult();
        }

        return Task.CompletedTask;
    }

    private async Task Load()
    {
        var master = await catalog.Current();
        line = master?.Lines.FirstOrDefault(l => l.Id == LineId);
        if (master is null || line is null)
        {
            return;
        }

        stations = master.WorkstationsOf(LineId).ToList();
        var statuses = await Task.WhenAll(stations.Select(s =>
            GrainFactory.GetGrain<IWorkstationGrain>(GrainKey.Workstation.For(s.Id)).Get()));
        foreach (var status in statuses.OfType<WorkstationStatus>())
        {
            await Publish(new WorkstationTile(status.WorkstationId, status.Name, status.Machine, status.Order?.OrderNo,
                status.Operator, status.OpenDowntime, status.Sequence));
        }
    }

    private Outcome<LineView> View() => line is null
        ? Outcome.Refused<LineView>(Refusal.NotFound(GrainKey.Line.ResourceType, LineId, "lineId"))
        : Outcome.Done(new LineView(line.Id, line.Name, new LineCursor(epoch, version),
            stations.Where(s => tiles.ContainsKey(s.Id)).Select(s => tiles[s.Id]).ToList()));
}

using Mes.Contracts.Production;
using Mes.Contracts.Production.Equipment;
using Mes.Contracts.Production.Telemetry;
using Mes.Contracts.Production.Workstations;
using Mes.Domain.Production.Machines;
using Mes.Grains.Production.MasterData;
using Microsoft.Extensions.Logging;

namespace Mes.Grains.Production.Agents;

/// <summary>
/// One per OPC UA endpoint: subscribes to every node the current master data maps there and forwards each
/// Publish response to the workstations it concerns, one call per workstation, waiting for them before
/// the next response so that a slow silo slows the subscription rather than piling up calls. When the
/// server is unreachable it tells the workstations and retries with capped exponential back-off. The
/// keep-alive reminder brings it back on another silo when its silo dies, and restarts the subscription
/// when the master data changes.
/// </summary>
[GrainType("equipment-agent")]
public sealed partial class EquipmentAgentGrain(
    IEquipmentFeed feed,
    PlantCatalog catalog,
    TimeProvider clock,
    ILocalSiloDetails silo,
    ILogger<EquipmentAgentGrain> logger) : Grain, IEquipmentAgentGrain, IRemindable
{
    /// <summary>The reminder period: how long an agent can stay away after its silo dies.</summary>
    public static readonly TimeSpan KeepAlivePeriod = TimeSpan.FromMinutes(1);

    private const string KeepAlive = "keep-alive";
    private static readonly TimeSpan FirstRetry = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan LastRetry = TimeSpan.FromSeconds(30);

    private CancellationTokenSource? running;
    private Task? loop;
    private EquipmentLink link = null!;
    private int version;
    private IReadOnlyList<MonitoredNode> nodes = [];
    private IReadOnlyList<string> workstations = [];
    private long batches;
    private long values;
    private DateTimeOffset? lastDataAt;
    private int attempts;

    private string Endpoint => GrainKey.Equipment.IdOf(this.GetPrimaryKeyString());

    /// <inheritdoc />
    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        link = new EquipmentLink(Endpoint, EquipmentLinkState.Connecting, clock.GetUtcNow(), null);
        Start();
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        await StopAsync();
    }

    /// <inheritdoc />
    public async Task<EquipmentAgentStatus> Ensure()
    {
        await this.RegisterOrUpdateReminder(KeepAlive, KeepAlivePeriod, KeepAlivePeriod);
        if (loop is null || loop.IsCompleted)
        {
            Start();
        }
        return Status();
    }

    /// <inheritdoc />
    public Task<EquipmentAgentStatus> Get() => Task.FromResult(Status());

    /// <inheritdoc />
    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        // The tick is also what keeps an agent without callers from being collected as idle.
        var current = await catalog.Current();
        if (loop is null || loop.IsCompleted || (current is not null && current.Version != version))
        {
            await StopAsync();
            Start();
        }
    }

    private void Start()
    {
        running = new CancellationTokenSource();
        // Runs on the grain's scheduler: each await yields to the grain's calls, and the fields need no locks.
        loop = RunAsync(running.Token);
    }

    private async Task StopAsync()
    {
        if (running is null || loop is null)
        {
            return;
        }
        await running.CancelAsync();
        await loop.WaitAsync(TimeSpan.FromSeconds(10), CancellationToken.None).ContinueWith(static _ => { }, TaskScheduler.Current);
        running.Dispose();
        running = null;
        loop = null;
    }

    private async Task RunAsync(CancellationToken cancellationToken)
    {
        var retry = FirstRetry;
        while (!cancellationToken.IsCancellationRequested)
        {
            string problem;
            try
            {
                var master = await catalog.Current();
                if (master is null)
                {
                    problem = "no master data yet";
                }
                else
                {
                    version = master.Version;
                    nodes = EquipmentSubscription.NodesAt(master, Endpoint);
                    workstations = [.. nodes.Select(n => n.WorkstationId).Distinct(StringComparer.Ordinal)];
                    if (nodes.Count == 0)
                    {
                        LogNothingToMonitor(Endpoint, version);
                        return;
                    }

                    await SetLink(EquipmentLinkState.Connecting, null);
                    await foreach (var responses in feed.Open(Endpoint, nodes, cancellationToken))
                    {
                        if (link.State != EquipmentLinkState.Connected)
                        {
                            attempts = 0;
                            retry = FirstRetry;
                            await SetLink(EquipmentLinkState.Connected, null);
                        }
                        await Forward(responses);
                    }
                    problem = "the subscription ended";
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                problem = e.Message;
            }

            attempts++;
            LogDisconnected(Endpoint, attempts, problem);
            await SetLink(EquipmentLinkState.Disconnected, problem);
            try
            {
                await Task.Delay(Jittered(retry), clock, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            retry = TimeSpan.FromTicks(Math.Min(retry.Ticks * 2, LastRetry.Ticks));
        }
    }

    private async Task Forward(IReadOnlyList<TelemetryBatch> responses)
    {
        lastDataAt = clock.GetUtcNow();
        batches++;
        var calls = new Task[responses.Count];
        for (var i = 0; i < responses.Count; i++)
        {
            values += responses[i].Values.Count;
            calls[i] = Deliver(responses[i]);
        }
        await Task.WhenAll(calls);
    }

    // A workstation that cannot take a batch (its silo is failing over) loses that batch only: counters are
    // cumulative and states are re-sent on change, so the subscription is not worth breaking for it.
    private async Task Deliver(TelemetryBatch batch)
    {
        try
        {
            await GrainFactory.GetGrain<IWorkstationGrain>(GrainKey.Workstation.For(batch.WorkstationId)).ApplyTelemetry(batch);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            LogDeliveryFailed(batch.WorkstationId, batch.SequenceNumber, e.Message);
        }
    }

    private async Task SetLink(EquipmentLinkState state, string? problem)
    {
        if (link.State == state && link.Problem == problem)
        {
            return;
        }
        link = new EquipmentLink(Endpoint, state, clock.GetUtcNow(), problem);
        await Task.WhenAll(workstations.Select(async id =>
        {
            try
            {
                await GrainFactory.GetGrain<IWorkstationGrain>(GrainKey.Workstation.For(id)).ReportEquipmentLink(link);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                LogDeliveryFailed(id, 0, e.Message);
            }
        }));
    }

    private EquipmentAgentStatus Status() =>
        new(link, version, nodes.Count, workstations.Count, batches, values, lastDataAt, attempts, silo.SiloAddress.ToString());

    // Spreads the reconnects of many agents after a network blip over ±20 % of the delay.
    private static TimeSpan Jittered(TimeSpan delay) =>
        TimeSpan.FromMilliseconds(delay.TotalMilliseconds * (0.8 + (0.4 * Random.Shared.NextDouble())));

    [LoggerMessage(Level = LogLevel.Warning, Message = "Equipment {Endpoint} unreachable (attempt {Attempt}): {Problem}")]
    private partial void LogDisconnected(string endpoint, int attempt, string problem);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Telemetry batch {Sequence} for {WorkstationId} not delivered: {Problem}")]
    private partial void LogDeliveryFailed(string workstationId, uint sequence, string problem);

    [LoggerMessage(Level = LogLevel.Information, Message = "Equipment {Endpoint}: master data {Version} maps no node there; the agent waits")]
    private partial void LogNothingToMonitor(string endpoint, int version);
}

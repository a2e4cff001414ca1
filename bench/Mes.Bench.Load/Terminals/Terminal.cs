using System.Threading.Channels;
using Grpc.Core;
using Mes.Bench.Load.Plant;
using Mes.Gateway.Api.V1;

namespace Mes.Bench.Load.Terminals;

/// <summary>
/// A workstation terminal with its operator badged in: takes the units the previous station passed, scans each in
/// (StartUnit) and out (CompleteUnit, passed, with good measurements where the operation tests), and hands it on.
/// Request ids are derived from the serial and the operation, so a retried scan is the same request.
/// </summary>
internal sealed class Terminal(RouteStation station, WorkstationTerminal.WorkstationTerminalClient api, Metadata operatorHeaders)
{
    public RouteStation Station { get; } = station;

    public async Task Run(ChannelReader<string> inbound, ChannelWriter<string>? outbound, TerminalRun run)
    {
        try
        {
            // Operators are not in step: each starts at its own moment within one pause, and pauses a little more
            // or less each time (the mean stays the pace), so that 200 terminals do not scan in bursts of 200.
            await Pause(run, Random.Shared.NextDouble());
            await foreach (var serial in inbound.ReadAllAsync(run.Stop))
            {
                if (!await Scan(serial, run))
                {
                    continue;
                }
                if (outbound is not null)
                {
                    await outbound.WriteAsync(serial, run.Stop);
                }
                await Pause(run, 0.5 + Random.Shared.NextDouble());
            }
        }
        catch (OperationCanceledException) when (run.Stop.IsCancellationRequested)
        {
            // The run ended while waiting for a unit: what was acknowledged is recorded.
        }
        finally
        {
            outbound?.TryComplete();
        }
    }

    private static Task Pause(TerminalRun run, double share) =>
        run.Pace > TimeSpan.Zero ? Task.Delay(run.Pace * share, run.Stop) : Task.CompletedTask;

    // A unit whose scan was refused or given up on leaves the line here; the log has the failure.
    private async Task<bool> Scan(string serial, TerminalRun run)
    {
        var start = new StartUnitRequest { WorkstationId = Station.WorkstationId, RequestId = $"{serial}/{Station.OperationId}/start", Serial = serial, OperationId = Station.OperationId };
        var complete = new CompleteUnitRequest { WorkstationId = Station.WorkstationId, RequestId = $"{serial}/{Station.OperationId}/complete", Serial = serial, Result = OperationResult.Pass };
        complete.Measurements.AddRange(Station.Measurements.Select(m => new Measurement { Step = m.Step, Value = m.Value }));
        try
        {
            await run.Caller.Call(run.Scans, operatorHeaders, o => api.StartUnitAsync(start, o));
            await run.Caller.Call(run.Scans, operatorHeaders, o => api.CompleteUnitAsync(complete, o));
        }
        catch (RpcException)
        {
            return false;
        }
        run.Completions.Add(new Completion(serial, Station.OperationId, Station.WorkstationId, complete.RequestId));
        return true;
    }
}

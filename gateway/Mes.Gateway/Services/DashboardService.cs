using Grpc.Core;
using Mes.Contracts.Production;
using Mes.Contracts.Production.Lines;
using Mes.Contracts.Production.Orders;
using Mes.Gateway.Api.V1;
using Mes.Gateway.Auth;
using LineView = Mes.Gateway.Api.V1.LineView;
using WorkstationTile = Mes.Gateway.Api.V1.WorkstationTile;

namespace Mes.Gateway.Services;

/// <summary>
/// mes.v1.Dashboard: live line and order views. A stream long-polls its grain (which answers as soon as
/// something changed, or after a while as it is) and writes each change; when a silo fails over, the
/// grain call fails and the stream simply calls again, on whichever silo now hosts the grain.
/// </summary>
[AllowedRoles(Role.Operator, Role.Supervisor, Role.Manager, Role.Customs, Role.Integration, Role.Admin, Role.Terminal)]
public sealed partial class DashboardService(IClusterClient cluster, ILogger<DashboardService> logger) : Dashboard.DashboardBase
{
    /// <summary>How long one long-poll waits for a change before it answers unchanged.</summary>
    public static readonly TimeSpan PollWait = TimeSpan.FromSeconds(15);

    /// <summary>How long a stream waits before calling again after a failed call (a silo failing over).</summary>
    public static readonly TimeSpan RetryAfter = TimeSpan.FromMilliseconds(500);

    public override async Task<LineView> GetLine(GetLineRequest request, ServerCallContext context) =>
        View(await Line(request.LineId).Get().OrThrow());

    public override async Task WatchLine(WatchLineRequest request, IServerStreamWriter<LineView> responseStream, ServerCallContext context)
    {
        var line = Line(request.LineId);
        var cursor = LineCursor.Start;
        await Watch(context, async () =>
        {
            var view = await line.WaitForChange(cursor, PollWait).OrThrow();
            if (view.Cursor != cursor)
            {
                cursor = view.Cursor;
                await responseStream.WriteAsync(View(view), context.CancellationToken);
            }
        });
    }

    public override async Task WatchOrder(WatchOrderRequest request, IServerStreamWriter<Order> responseStream, ServerCallContext context)
    {
        var order = cluster.GetGrain<IProductionOrderGrain>(RequestFields.Key(GrainKey.Order, request.OrderNo, "order_no"));
        var sequence = -1L;
        await Watch(context, async () =>
        {
            var snapshot = await order.WaitForChange(sequence, PollWait) ?? throw ApiErrors.NotFound(GrainKey.Order.ResourceType, request.OrderNo);
            if (snapshot.Sequence != sequence)
            {
                sequence = snapshot.Sequence;
                await responseStream.WriteAsync(ShopFloorMessages.Order(snapshot), context.CancellationToken);
            }
        });
    }

    private ILineGrain Line(string lineId) => cluster.GetGrain<ILineGrain>(RequestFields.Key(GrainKey.Line, lineId, "line_id"));

    /// <summary>Polls until the client goes away; a refusal ends the stream with its error, a failed grain call is retried.</summary>
    private async Task Watch(ServerCallContext context, Func<Task> poll)
    {
        var cancelled = context.CancellationToken;
        while (!cancelled.IsCancellationRequested)
        {
            try
            {
                await poll();
            }
            catch (OperationCanceledException) when (cancelled.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is not RpcException)
            {
                LogPollFailed(e, context.Method);
                try
                {
                    await Task.Delay(RetryAfter, cancelled);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    private static LineView View(Contracts.Production.Lines.LineView view)
    {
        var message = new LineView { LineId = view.LineId, Name = view.Name };
        message.Workstations.AddRange(view.Workstations.Select(t => new WorkstationTile
        {
            WorkstationId = t.WorkstationId,
            Name = t.Name,
            Machine = ShopFloorMessages.Machine(t.Machine),
            OrderNo = t.OrderNo ?? string.Empty,
            Operator = ShopFloorMessages.Operator(t.Operator),
            OpenDowntime = ShopFloorMessages.Downtime(t.OpenDowntime),
        }));
        return message;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Method}: a live-view poll failed; calling again")]
    private partial void LogPollFailed(Exception exception, string method);
}

using Grpc.Core;
using Mes.Gateway.Api.V1;

namespace Mes.EndToEnd.Tests.Production;

[Collection(ProductionGatewayCollection.Name)]
public sealed class DashboardApiTests(RunningSystem system)
{
    private readonly ScriptedTerminal script = new(system.Channel, system.Admin);

    private Dashboard.DashboardClient Dashboard => new(system.Channel);

    [Fact]
    public async Task Watching_a_line_gives_the_view_then_the_change_an_operator_log_in_makes()
    {
        using var watch = Dashboard.WatchLine(new WatchLineRequest { LineId = "smt-01" }, system.Admin, cancellationToken: Deadline());
        Assert.True(await watch.ResponseStream.MoveNext());
        if (watch.ResponseStream.Current.Workstations.Single(w => w.WorkstationId == "smt-01-spi").Operator is not null)
        {
            await script.Terminal.LogOutAsync(new LogOutRequest { WorkstationId = "smt-01-spi", RequestId = ScriptedTerminal.Request() }, system.Admin);
        }

        await script.Terminal.LogInAsync(new LogInRequest { WorkstationId = "smt-01-spi", RequestId = ScriptedTerminal.Request(), Badge = "B1001" }, system.Admin);
        var seen = await NextUntil(watch.ResponseStream, v => v.Workstations.Single(w => w.WorkstationId == "smt-01-spi").Operator?.Badge == "B1001");

        Assert.Equal("Li Wei", seen.Workstations.Single(w => w.WorkstationId == "smt-01-spi").Operator.Name);
    }

    [Fact]
    public async Task Watching_an_order_gives_its_progress_then_every_change()
    {
        var orderNo = await script.ReleasedOrder(quantity: 3);
        using var watch = Dashboard.WatchOrder(new WatchOrderRequest { OrderNo = orderNo }, system.Admin, cancellationToken: Deadline());
        Assert.True(await watch.ResponseStream.MoveNext());
        var first = watch.ResponseStream.Current;

        await script.Production.IssueSerialsAsync(new IssueSerialsRequest { RequestId = ScriptedTerminal.Request(), OrderNo = orderNo, Count = 3 }, system.Admin);
        var seen = await NextUntil(watch.ResponseStream, o => o.SerialCount == 3);

        Assert.Equal(("Released", 0), (first.Status, first.SerialCount));
        Assert.True(seen.Sequence > first.Sequence);
    }

    [Fact]
    public async Task Watching_an_order_that_does_not_exist_ends_as_not_found()
    {
        using var watch = Dashboard.WatchOrder(new WatchOrderRequest { OrderNo = "PO-NEVER" }, system.Admin, cancellationToken: Deadline());

        var error = await Assert.ThrowsAsync<RpcException>(async () => await watch.ResponseStream.MoveNext());

        Assert.Equal(StatusCode.NotFound, error.StatusCode);
    }

    [Fact]
    public async Task A_line_the_master_data_does_not_name_is_not_found()
    {
        var error = await Assert.ThrowsAsync<RpcException>(async () => await Dashboard.GetLineAsync(new GetLineRequest { LineId = "smt-99" }, system.Admin));

        Assert.Equal(StatusCode.NotFound, error.StatusCode);
        Assert.Equal("line", error.GetRpcStatus()!.GetDetail<Google.Rpc.ResourceInfo>().ResourceType);
    }

    /// <summary>Reads the stream until a message satisfies <paramref name="shows"/>; the call's deadline bounds a hung test.</summary>
    private static async Task<T> NextUntil<T>(IAsyncStreamReader<T> stream, Func<T, bool> shows)
    {
        while (await stream.MoveNext(CancellationToken.None))
        {
            if (shows(stream.Current))
            {
                return stream.Current;
            }
        }

        throw new InvalidOperationException("the stream ended before the change arrived");
    }

    private static CancellationToken Deadline() => new CancellationTokenSource(TimeSpan.FromSeconds(60)).Token;
}

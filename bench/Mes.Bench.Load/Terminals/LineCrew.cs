using System.Globalization;
using System.Threading.Channels;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Mes.Bench.Load.Calls;
using Mes.Bench.Load.Plant;
using Mes.Gateway.Api.V1;
using ProductionClient = Mes.Gateway.Api.V1.Production.ProductionClient;

namespace Mes.Bench.Load.Terminals;

/// <summary>
/// The terminals of one line, one per operation of its route, each provisioned at its own workstation with a terminal
/// key and an operator badged in there; the office (a supervisor) released an order and registered a reel for every
/// slot. Units flow down the line through small buffers, as boards do on a conveyor: a station waits for the one
/// before it, and the first takes new serials of the order.
/// </summary>
public sealed class LineCrew
{
    private const int BufferPerStation = 4;
    private const int SerialsPerIssue = 50;
    private readonly ProductionClient _production;
    private readonly Metadata _office;
    private readonly IReadOnlyList<Terminal> _terminals;
    private readonly SetUpCalls _calls;

    private LineCrew(LineRoute route, string orderNo, ProductionClient production, Metadata office, IReadOnlyList<Terminal> terminals, SetUpCalls calls)
    {
        Route = route;
        OrderNo = orderNo;
        _production = production;
        _office = office;
        _terminals = terminals;
        _calls = calls;
    }

    /// <summary>The line and its route.</summary>
    public LineRoute Route { get; }

    /// <summary>The order the line builds.</summary>
    public string OrderNo { get; }

    /// <summary>How many terminals the crew has.</summary>
    public int Terminals => _terminals.Count;

    /// <summary>
    /// Sets the line up through the gateway: order, terminals, operator accounts (one per badge; an existing one is
    /// used), badge log-ins, reels. <paramref name="admin"/> provisions terminals and accounts, <paramref name="office"/>
    /// (a supervisor) runs orders and lots; <paramref name="badgeOf"/> names the badge of each station's operator.
    /// </summary>
    public static async Task<LineCrew> SetUp(Grpc.Net.Client.GrpcChannel channel, LineRoute route, Metadata admin, Metadata office,
        Func<int, string> badgeOf, string runId)
    {
        ArgumentNullException.ThrowIfNull(route);
        ArgumentNullException.ThrowIfNull(badgeOf);
        var production = new ProductionClient(channel);
        var auth = new Auth.AuthClient(channel);
        var terminalApi = new WorkstationTerminal.WorkstationTerminalClient(channel);
        var calls = new SetUpCalls(new RetryingCaller(), new CallLog("set-up"));
        var orderNo = $"LD-{runId}-{route.LineId}";
        await calls.Do(office, o => production.CreateOrderAsync(new CreateOrderRequest
        {
            RequestId = orderNo + "/create", OrderNo = orderNo, ProductNo = route.ProductNo, LineId = route.LineId, Quantity = 99_999,
            DueDate = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow.AddDays(7)),
        }, o));
        await calls.Do(office, o => production.ReleaseOrderAsync(new OrderStepRequest { RequestId = orderNo + "/release", OrderNo = orderNo }, o));

        var terminals = new List<Terminal>();
        for (var index = 0; index < route.Stations.Count; index++)
        {
            var station = route.Stations[index];
            var badge = badgeOf(index);
            await EnsureOperator(auth, admin, badge);
            var provisioned = await calls.Do(admin, o => auth.ProvisionTerminalAsync(new ProvisionTerminalRequest { WorkstationId = station.WorkstationId }, o));
            var terminalKey = new Metadata { { "x-terminal-key", provisioned.TerminalKey } };
            var token = await calls.Do(terminalKey, o => auth.BadgeLoginAsync(new BadgeLoginRequest { Badge = badge }, o));
            var operatorHeaders = Gateway.GatewayConnection.Bearer(token.AccessToken);

            var prefix = $"{orderNo}/{station.WorkstationId}";
            await calls.Do(operatorHeaders, o => terminalApi.SelectOrderAsync(new SelectOrderRequest { WorkstationId = station.WorkstationId, RequestId = prefix + "/select", OrderNo = orderNo }, o));
            var status = await calls.Do(operatorHeaders, o => terminalApi.GetWorkstationStatusAsync(new GetWorkstationStatusRequest { WorkstationId = station.WorkstationId }, o));
            if (status.Operator is { } present && present.Badge != badge)
            {
                await calls.Do(operatorHeaders, o => terminalApi.LogOutAsync(new LogOutRequest { WorkstationId = station.WorkstationId, RequestId = prefix + "/logout" }, o));
            }
            await calls.Do(operatorHeaders, o => terminalApi.LogInAsync(new LogInRequest { WorkstationId = station.WorkstationId, RequestId = prefix + "/login", Badge = badge }, o));
            foreach (var feed in station.Feeds)
            {
                var lotNo = $"R-{runId}-{station.WorkstationId}-{feed.Slot}";
                await calls.Do(office, o => production.RegisterLotAsync(new RegisterLotRequest { RequestId = lotNo + "/register", LotNo = lotNo, PartNo = feed.PartNo, Quantity = "100000000" }, o));
                await calls.Do(operatorHeaders, o => terminalApi.LoadMaterialAsync(new LoadMaterialRequest { WorkstationId = station.WorkstationId, RequestId = lotNo + "/load", Slot = feed.Slot, LotNo = lotNo }, o));
            }
            terminals.Add(new Terminal(station, terminalApi, operatorHeaders));
        }
        return new LineCrew(route, orderNo, production, office, terminals, calls);
    }

    /// <summary>Runs the line until <see cref="TerminalRun.Stop"/>: every terminal scanning the units that reach it.</summary>
    public Task Run(TerminalRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var buffers = _terminals.Select(_ => Channel.CreateBounded<string>(BufferPerStation)).ToList();
        var work = new List<Task> { FeedSerials(buffers[0].Writer, run) };
        for (var i = 0; i < _terminals.Count; i++)
        {
            work.Add(_terminals[i].Run(buffers[i].Reader, i + 1 < buffers.Count ? buffers[i + 1].Writer : null, run));
        }
        return Task.WhenAll(work);
    }

    // New serials of the order for the first station, issued a batch at a time as the line takes them.
    private async Task FeedSerials(ChannelWriter<string> first, TerminalRun run)
    {
        try
        {
            for (var batch = 0; !run.Stop.IsCancellationRequested; batch++)
            {
                var issued = await _calls.Do(_office, o => _production.IssueSerialsAsync(new IssueSerialsRequest
                {
                    RequestId = string.Create(CultureInfo.InvariantCulture, $"{OrderNo}/serials/{batch}"), OrderNo = OrderNo, Count = SerialsPerIssue,
                }, o));
                foreach (var serial in issued.Serials)
                {
                    await first.WriteAsync(serial, run.Stop);
                }
            }
        }
        catch (OperationCanceledException) when (run.Stop.IsCancellationRequested)
        {
            // The run ended.
        }
        finally
        {
            first.TryComplete();
        }
    }

    private sealed record SetUpCalls(RetryingCaller Caller, CallLog Log)
    {
        public Task<T> Do<T>(Metadata headers, Func<CallOptions, AsyncUnaryCall<T>> call) => Caller.Call(Log, headers, call);
    }

    private static async Task EnsureOperator(Auth.AuthClient auth, Metadata admin, string badge)
    {
        try
        {
            await auth.CreateUserAsync(new CreateUserRequest
            {
                Username = "op-" + badge.ToLowerInvariant(), DisplayName = "Operator " + badge, Roles = { "operator" }, Badge = badge,
            }, admin);
        }
        catch (RpcException e) when (e.StatusCode == StatusCode.AlreadyExists)
        {
            // Set up by an earlier crew or run.
        }
    }
}

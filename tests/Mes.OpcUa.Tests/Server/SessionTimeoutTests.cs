using Mes.OpcUa.Client;
using Mes.OpcUa.Server;
using Mes.OpcUa.Server.Sessions;

namespace Mes.OpcUa.Tests.Server;

public sealed class SessionTimeoutTests
{
    [Fact]
    public async Task A_session_without_requests_for_longer_than_its_timeout_is_closed_by_the_server()
    {
        using var sessions = new SessionTable(new UaServerOptions());
        sessions.Start();
        var session = sessions.Create("idle", TimeSpan.FromMilliseconds(200), 1);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));

        while (sessions.Find(session.AuthenticationToken) is not null) await Task.Delay(50, timeout.Token);

        Assert.Equal(0, sessions.Count);
    }

    [Fact]
    public async Task An_idle_client_keeps_its_session_alive()
    {
        // Five seconds leave the keep-alive room on a loaded machine; idling for more than two timeouts proves it ran.
        await using var plant = await TestPlant.StartAsync(new UaServerOptions { MinimumSessionTimeout = TimeSpan.FromSeconds(5) });
        await using var client = await UaClient.ConnectAsync(plant.Url, new UaClientOptions { SessionTimeout = TimeSpan.FromSeconds(5) });

        await Task.Delay(TimeSpan.FromSeconds(12));
        var value = await client.ReadValueAsync(plant.Temperature.NodeId);

        Assert.True(value.Status.IsGood);
        Assert.Equal(1, plant.Server.SessionCount);
    }
}

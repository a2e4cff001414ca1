using Mes.OpcUa.Client;
using Mes.OpcUa.Encoding;
using Mes.OpcUa.Types;

namespace Mes.OpcUa.Tests.Server;

public sealed class ServerSessionTests
{
    [Fact]
    public async Task An_anonymous_client_reads_the_server_state_as_running()
    {
        await using var plant = await TestPlant.StartAsync();
        await using var client = await UaClient.ConnectAsync(plant.Url);

        var state = await client.ReadValueAsync(WellKnownNodes.ServerStatusState);

        Assert.Equal(0, state.Value.Get<int>());
    }

    [Fact]
    public async Task The_namespace_array_lists_the_registered_namespace_at_its_index()
    {
        await using var plant = await TestPlant.StartAsync();
        await using var client = await UaClient.ConnectAsync(plant.Url);

        var namespaces = (await client.ReadValueAsync(WellKnownNodes.NamespaceArray)).Value.Get<string[]>();

        Assert.Equal(TestPlant.NamespaceUri, namespaces[plant.Namespace]);
        Assert.Equal("http://opcfoundation.org/UA/", namespaces[0]);
    }

    [Fact]
    public async Task A_user_with_the_right_password_opens_a_session()
    {
        await using var plant = await TestPlant.StartAsync();

        await using var client = await UaClient.ConnectAsync(plant.Url, new UaClientOptions { Identity = UserIdentity.UserName("operator", "secret") });

        Assert.True(client.IsConnected);
    }

    [Fact]
    public async Task A_wrong_password_is_refused_with_BadUserAccessDenied()
    {
        await using var plant = await TestPlant.StartAsync();

        var error = await Assert.ThrowsAsync<ServiceResultException>(() =>
            UaClient.ConnectAsync(plant.Url, new UaClientOptions { Identity = UserIdentity.UserName("operator", "guess") }));

        Assert.Equal(StatusCode.BadUserAccessDenied, error.StatusCode);
    }

    [Fact]
    public async Task Anonymous_sessions_are_refused_when_the_host_disallows_them()
    {
        await using var plant = await TestPlant.StartAsync(new Mes.OpcUa.Server.UaServerOptions { AllowAnonymous = false });

        var error = await Assert.ThrowsAsync<ServiceResultException>(() => UaClient.ConnectAsync(plant.Url));

        Assert.Equal(StatusCode.BadIdentityTokenRejected, error.StatusCode);
    }

    [Fact]
    public async Task Two_sessions_work_side_by_side()
    {
        await using var plant = await TestPlant.StartAsync();
        await using var first = await UaClient.ConnectAsync(plant.Url);
        await using var second = await UaClient.ConnectAsync(plant.Url, new UaClientOptions { Identity = UserIdentity.UserName("operator", "secret") });

        var write = await first.WriteValueAsync(plant.Setpoint.NodeId, new Variant((short)7));
        var read = await second.ReadValueAsync(plant.Setpoint.NodeId);

        Assert.Equal(StatusCode.Good, write);
        Assert.Equal((short)7, read.Value.Get<short>());
        Assert.Equal(2, plant.Server.SessionCount);
    }

    [Fact]
    public async Task The_secure_channel_token_is_renewed_and_requests_keep_working()
    {
        await using var plant = await TestPlant.StartAsync();
        await using var client = await UaClient.ConnectAsync(plant.Url, new UaClientOptions { SecureChannelLifetime = TimeSpan.FromSeconds(1) });
        var firstToken = client.SecurityTokenId;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        while (client.SecurityTokenId < firstToken + 2) await Task.Delay(100, timeout.Token);
        var value = await client.ReadValueAsync(plant.Temperature.NodeId, timeout.Token);

        Assert.True(value.Status.IsGood);
    }

    [Fact]
    public async Task Closing_the_session_removes_it_from_the_server()
    {
        await using var plant = await TestPlant.StartAsync();
        var client = await UaClient.ConnectAsync(plant.Url);

        await client.CloseAsync();
        await client.DisposeAsync();

        Assert.Equal(0, plant.Server.SessionCount);
    }
}

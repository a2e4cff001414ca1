using Mes.OpcUa.Client;
using Mes.OpcUa.SecureChannel;
using Mes.OpcUa.Server;
using Mes.OpcUa.Tests.Server;

namespace Mes.OpcUa.Tests.Security;

public sealed class SecureSessionTests
{
    public static TheoryData<string> Endpoints => new(EndpointSecurity.All.Select(e => e.ToString()));

    private static EndpointSecurity Parse(string text) => EndpointSecurity.Parse(text.Split(' ')[0], text.Split(' ')[1]);

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task A_client_reads_over_every_policy_and_mode_with_a_password(string endpoint)
    {
        using var pki = new TestPki();
        pki.TrustClient();
        await using var plant = await TestPlant.StartAsync(new UaServerOptions { Endpoints = EndpointSecurity.All, Pki = pki.Server });
        pki.TrustServer(plant.Server.Certificate);

        await using var client = await UaClient.ConnectAsync(plant.Url, new UaClientOptions
        {
            ApplicationUri = TestPki.ClientUri,
            Security = Parse(endpoint),
            Pki = pki.Client,
            Identity = UserIdentity.UserName("operator", "secret"),
        });
        var value = await client.ReadValueAsync(plant.Temperature.NodeId);

        Assert.Equal(20.0, value.Value.Get<double>());
    }
}

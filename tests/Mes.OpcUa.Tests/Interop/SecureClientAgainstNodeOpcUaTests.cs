using Mes.OpcUa.Client;
using Mes.OpcUa.Encoding;
using Mes.OpcUa.SecureChannel;

namespace Mes.OpcUa.Tests.Interop;

[Trait("Category", "Interop")]
public sealed class SecureClientAgainstNodeOpcUaTests(SecureNodeOpcUaServer server) : IClassFixture<SecureNodeOpcUaServer>
{
    public static TheoryData<string, string> Combinations()
    {
        var data = new TheoryData<string, string>();
        foreach (var endpoint in EndpointSecurity.All)
        {
            foreach (var identity in new[] { "anonymous", "username", "x509" }) data.Add(endpoint.ToString(), identity);
        }
        return data;
    }

    private UaClientOptions Options(string endpoint, string identity) => new()
    {
        ApplicationUri = InteropCertificates.OurApplicationUri,
        Security = EndpointSecurity.Parse(endpoint.Split(' ')[0], endpoint.Split(' ')[1]),
        Pki = server.Certificates.Ours,
        RequestTimeout = TimeSpan.FromSeconds(20),
        Identity = identity switch
        {
            "username" => UserIdentity.UserName("operator", "secret"),
            "x509" => UserIdentity.Certificate(server.Certificates.UserCertificate),
            _ => UserIdentity.Anonymous,
        },
    };

    [Theory]
    [MemberData(nameof(Combinations))]
    public async Task Our_client_reads_from_node_opcua_with_every_policy_mode_and_identity(string endpoint, string identity)
    {
        await using var client = await UaClient.ConnectAsync(server.EndpointUrl, Options(endpoint, identity));

        var value = await client.ReadValueAsync(new NodeId("Scalars.Double", 1));

        Assert.Equal(Math.PI, value.Value.Get<double>());
    }
}

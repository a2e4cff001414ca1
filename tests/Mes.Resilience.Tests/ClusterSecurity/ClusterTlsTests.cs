using Mes.Gateway.Api.V1;
using Mes.Resilience.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Mes.Resilience.Tests.ClusterSecurity;

/// <summary>What a plant relies on when its silos and gateways run on several hosts with the cluster certificate (<see cref="TlsClusterScenario"/>).</summary>
[Collection(TlsClusterCollection.Name)]
public sealed class ClusterTlsTests(TlsClusterScenario scenario)
{
    [Fact]
    public async Task Silos_and_the_gateway_holding_the_cluster_certificate_form_one_cluster_that_answers_calls()
    {
        var hosts = await scenario.Cluster.Grains.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true);
        var line = await new Dashboard.DashboardClient(scenario.Cluster.Gateway.Connection.Channel)
            .GetLineAsync(new GetLineRequest { LineId = "smt-01" }, scenario.Cluster.Gateway.Admin);

        Assert.Equal(2, hosts.Count);
        Assert.NotEmpty(line.Workstations);
    }

    [Fact]
    public async Task A_client_presenting_another_certificate_gets_no_answer_from_the_cluster()
    {
        using var stranger = TlsClusterScenario.SelfSigned("CN=zone-mes cluster");

        var answered = await Answers(stranger);

        Assert.False(answered);
    }

    [Fact]
    public async Task A_client_presenting_the_cluster_certificate_gets_answers()
    {
        var answered = await Answers(scenario.ClusterCertificate);

        Assert.True(answered);
    }

    // A new client, started and asked for the cluster's silos; refused connections surface as exceptions or as a start
    // that never completes, so the attempt is bounded (an accepted client is answered within a second here).
    private async Task<bool> Answers(System.Security.Cryptography.X509Certificates.X509Certificate2 certificate)
    {
        using var client = PlantCluster.Client(scenario.Cluster.Environment, certificate);
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            await client.StartAsync(deadline.Token);
            var hosts = await client.Services.GetRequiredService<IClusterClient>().GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true)
                .WaitAsync(deadline.Token);
            return hosts.Count > 0;
        }
        catch (Exception e) when (e is OrleansException or OperationCanceledException or TimeoutException or System.Net.Sockets.SocketException or IOException)
        {
            return false;
        }
        finally
        {
            await client.StopAsync(CancellationToken.None);
        }
    }
}

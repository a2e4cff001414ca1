using Mes.Domain.Production.Machines;
using Mes.OpcUa.Encoding;
using Mes.OpcUa.SecureChannel;
using Mes.OpcUa.Security;
using Mes.OpcUa.Server;
using Mes.Silo.Equipment;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Mes.Silo.Tests.Equipment;

/// <summary>The silo's OPC UA feed against a machine with security on: signed and encrypted, user login, trust lists.</summary>
public sealed class SecureEquipmentFeedTests : IAsyncLifetime
{
    private const string Namespace = "urn:zone-mes:plc-simulator";
    private readonly string _folder = Directory.CreateTempSubdirectory("mes-silo-pki-").FullName;
    private UaServer _machine = null!;

    private PkiStore Silo => new(Path.Combine(_folder, "silo"));

    public async Task InitializeAsync()
    {
        var machinePki = new PkiStore(Path.Combine(_folder, "machine"));
        _machine = new UaServer(new UaServerOptions
        {
            Port = 0,
            Endpoints = [EndpointSecurity.Basic256Sha256SignAndEncrypt],
            Pki = machinePki,
            AllowAnonymous = false,
            UserValidator = (user, password) => user == "mes" && password == "line-secret",
        });
        var ns = _machine.AddressSpace.RegisterNamespace(Namespace);
        _machine.AddressSpace.AddVariable(Mes.OpcUa.Types.WellKnownNodes.ObjectsFolder, new NodeId("smt-01-printer.GoodCount", ns), "GoodCount", 1234u);
        await _machine.StartAsync();
        Silo.Add(CertificateStoreFolder.Trusted, _machine.Certificate);
        using var silo = Silo.LoadOrCreateApplicationCertificate("urn:zone-mes:silo", "Zone MES silo", ["localhost"]);
        machinePki.Add(CertificateStoreFolder.Trusted, silo);
    }

    public async Task DisposeAsync()
    {
        await _machine.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    private OpcUaEquipmentFeed Feed(string password) => new(
        Options.Create(new EquipmentFeedOptions { SecurityPolicy = "Basic256Sha256", UserName = "mes", Pki = Silo.Root }),
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["MES_OPCUA_PASSWORD"] = password }).Build(),
        TimeProvider.System);

    [Fact]
    public async Task The_feed_reads_a_signed_and_encrypted_machine_with_its_user_login()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        await foreach (var batches in Feed("line-secret").Open(_machine.EndpointUrl, [new MonitoredNode("smt-01-printer", Namespace, "smt-01-printer.GoodCount")], timeout.Token))
        {
            var value = Assert.Single(Assert.Single(batches).Values);
            Assert.Equal("smt-01-printer.GoodCount", value.NodeId);
            return;
        }
    }

    [Fact]
    public async Task A_wrong_password_stops_the_feed_with_BadUserAccessDenied()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        var error = await Assert.ThrowsAsync<ServiceResultException>(async () =>
        {
            await foreach (var _ in Feed("guess").Open(_machine.EndpointUrl, [new MonitoredNode("smt-01-printer", Namespace, "smt-01-printer.GoodCount")], timeout.Token))
            {
            }
        });

        Assert.Equal(StatusCode.BadUserAccessDenied, error.StatusCode);
    }
}

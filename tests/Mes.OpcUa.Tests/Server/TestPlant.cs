using Mes.OpcUa.Encoding;
using Mes.OpcUa.Server;
using Mes.OpcUa.Server.Nodes;
using Mes.OpcUa.Types;

namespace Mes.OpcUa.Tests.Server;

/// <summary>
/// A server on a free loopback port with a small plant in the simulator's namespace: a placer with counters,
/// a writable setpoint, a read-only state, arrays and a Reset method; user operator/secret.
/// </summary>
internal sealed class TestPlant : IAsyncDisposable
{
    public const string NamespaceUri = "urn:zone-mes:plc-simulator";

    private TestPlant(UaServer server, ushort ns)
    {
        Server = server;
        Namespace = ns;
        var space = server.AddressSpace;
        var machines = space.AddFolder(WellKnownNodes.ObjectsFolder, Id("Machines"), "Machines");
        var placer = space.AddObject(machines.NodeId, Id("smt-01-placer-1"), "smt-01-placer-1");
        GoodCount = space.AddVariable(placer.NodeId, Id("smt-01-placer-1.GoodCount"), "GoodCount", 0u);
        Temperature = space.AddVariable(placer.NodeId, Id("smt-01-placer-1.Temperature"), "Temperature", 20.0);
        Setpoint = space.AddVariable(placer.NodeId, Id("smt-01-placer-1.Setpoint"), "Setpoint", (short)100, AccessLevel.ReadWrite);
        Program = space.AddVariable(placer.NodeId, Id("smt-01-placer-1.CurrentProgram"), "CurrentProgram", "BOARD-A", AccessLevel.ReadWrite);
        Axes = space.AddVariable(placer.NodeId, Id("smt-01-placer-1.Axes"), "Axes", new[] { 1.0, 2.0, 3.0 }, AccessLevel.ReadWrite);
        space.AddVariable(placer.NodeId, Id("smt-01-placer-1.State"), "State", "Productive");
        space.AddMethod(placer.NodeId, Id("smt-01-placer-1.Reset"), "Reset",
            [new Argument { Name = "start", DataType = BuiltInTypes.DataTypeId(BuiltInType.UInt32), ValueRank = -1 }],
            [new Argument { Name = "previous", DataType = BuiltInTypes.DataTypeId(BuiltInType.UInt32), ValueRank = -1 }],
            (_, inputs) =>
            {
                var previous = GoodCount.Value;
                GoodCount.Value = inputs[0].Get<uint>();
                return [new Variant(previous)];
            });
        var slots = space.AddFolder(placer.NodeId, Id("smt-01-placer-1.Slots"), "Slots");
        for (var i = 1; i <= 30; i++) space.AddVariable(slots.NodeId, Id($"smt-01-placer-1.Slots.{i}.Picks"), $"Slot{i:00}", (uint)i);
    }

    public UaServer Server { get; }

    public ushort Namespace { get; }

    public string Url => Server.EndpointUrl;

    public Variable<uint> GoodCount { get; }

    public Variable<double> Temperature { get; }

    public Variable<short> Setpoint { get; }

    public Variable<string> Program { get; }

    public Variable<double[]> Axes { get; }

    public NodeId Id(string name) => new(name, Namespace);

    /// <summary>
    /// Starts the plant on <paramref name="port"/> (0: a free one). <paramref name="namespacesBefore"/> registers that
    /// many other namespaces first, moving the plant's namespace index as a server update might.
    /// </summary>
    public static async Task<TestPlant> StartAsync(UaServerOptions? options = null, int port = 0, int namespacesBefore = 0)
    {
        var server = new UaServer((options ?? new UaServerOptions()) with
        {
            Port = port,
            UserValidator = (user, password) => user == "operator" && password == "secret",
        });
        for (var i = 0; i < namespacesBefore; i++) server.AddressSpace.RegisterNamespace($"urn:zone-mes:other:{i}");
        var plant = new TestPlant(server, server.AddressSpace.RegisterNamespace(NamespaceUri));
        await server.StartAsync();
        return plant;
    }

    public ValueTask DisposeAsync() => Server.DisposeAsync();
}

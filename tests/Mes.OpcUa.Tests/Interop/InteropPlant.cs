using Mes.OpcUa.Encoding;
using Mes.OpcUa.Server;
using Mes.OpcUa.Server.Nodes;
using Mes.OpcUa.Types;

namespace Mes.OpcUa.Tests.Interop;

/// <summary>Our server with the address space tests/interop/client.js checks: every built-in type, arrays, a matrix, a counter, a method.</summary>
internal sealed class InteropPlant : IAsyncDisposable
{
    public const string NamespaceUri = "urn:zone-mes:interop";
    private readonly ITimer _counterTimer;

    private InteropPlant(UaServer server)
    {
        Server = server;
        var ns = server.AddressSpace.RegisterNamespace(NamespaceUri);
        NodeId Id(string name) => new(name, ns);
        var space = server.AddressSpace;
        var scalars = space.AddFolder(WellKnownNodes.ObjectsFolder, Id("Scalars"), "Scalars");
        void Scalar<T>(string name, T value) => space.AddVariable(scalars.NodeId, Id($"Scalars.{name}"), name, value, AccessLevel.ReadWrite);
        Scalar("Boolean", true);
        Scalar("SByte", (sbyte)-5);
        Scalar("Byte", (byte)200);
        Scalar("Int16", (short)-30000);
        Scalar("UInt16", (ushort)60000);
        Scalar("Int32", -2_000_000_000);
        Scalar("UInt32", 4_000_000_000u);
        Scalar("Int64", -2L);
        Scalar("UInt64", 4294967298UL);
        Scalar("Float", 3.25f);
        Scalar("Double", Math.PI);
        Scalar("String", "温度 temperature");
        Scalar("DateTime", new DateTime(2026, 3, 1, 8, 30, 15, DateTimeKind.Utc));
        Scalar("Guid", Guid.Parse("72962b91-fa75-4ae6-8d28-b404dc7daf63"));
        Scalar("ByteString", new byte[] { 1, 2, 3 });
        Scalar("XmlElement", new XmlElement("<a>1</a>"));
        Scalar("NodeId", new NodeId("Machine1", 1));
        Scalar("StatusCode", StatusCode.BadNodeIdUnknown);
        Scalar("QualifiedName", new QualifiedName(1, "Speed"));
        Scalar("LocalizedText", new LocalizedText("zh-CN", "回流焊"));

        var arrays = space.AddFolder(WellKnownNodes.ObjectsFolder, Id("Arrays"), "Arrays");
        space.AddVariable(arrays.NodeId, Id("Arrays.Int32"), "Int32", new[] { 1, -1, 7 }, AccessLevel.ReadWrite);
        space.AddVariable(arrays.NodeId, Id("Arrays.String"), "String", new[] { "a", "b", "c" }, AccessLevel.ReadWrite);
        space.AddVariable(arrays.NodeId, Id("Arrays.Double"), "Double", new[] { 1.5, 2.5 }, AccessLevel.ReadWrite);
        space.AddVariable(arrays.NodeId, Id("Arrays.Big"), "Big", Enumerable.Range(0, 20000).Select(i => i * 0.5).ToArray());
        space.AddVariable(arrays.NodeId, Id("Arrays.Matrix"), "Matrix", BuiltInTypes.DataTypeId(BuiltInType.Int32), 2,
            Variant.FromArray(new[] { 1, 2, 3, 4, 5, 6 }, [2, 3]));

        var machine = space.AddObject(WellKnownNodes.ObjectsFolder, Id("Machine1"), "Machine1");
        var counter = space.AddVariable(machine.NodeId, Id("Machine1.Counter"), "Counter", 0u);
        space.AddMethod(machine.NodeId, Id("Machine1.Hello"), "Hello",
            [new Argument { Name = "name", DataType = BuiltInTypes.DataTypeId(BuiltInType.String), ValueRank = -1 }],
            [new Argument { Name = "greeting", DataType = BuiltInTypes.DataTypeId(BuiltInType.String), ValueRank = -1 }],
            (_, inputs) => [new Variant($"Hello {inputs[0].Get<string>()}")]);
        var many = space.AddFolder(WellKnownNodes.ObjectsFolder, Id("Many"), "Many");
        for (var i = 0; i < 120; i++) space.AddVariable(many.NodeId, Id($"Many.{i}"), $"Item{i:000}", i);
        _counterTimer = TimeProvider.System.CreateTimer(_ => counter.Value++, null, TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(100));
    }

    public UaServer Server { get; }

    public static async Task<InteropPlant> StartAsync(UaServerOptions? options = null)
    {
        var server = new UaServer((options ?? new UaServerOptions()) with
        {
            Port = 0,
            MaxReferencesPerNode = 50,
            UserValidator = (user, password) => user == "operator" && password == "secret",
        });
        var plant = new InteropPlant(server);
        await server.StartAsync();
        return plant;
    }

    public async ValueTask DisposeAsync()
    {
        await _counterTimer.DisposeAsync();
        await Server.DisposeAsync();
    }
}

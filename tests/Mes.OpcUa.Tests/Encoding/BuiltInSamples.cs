using Mes.OpcUa.Encoding;

namespace Mes.OpcUa.Tests.Encoding;

/// <summary>One sample scalar and one array of every built-in type.</summary>
internal static class BuiltInSamples
{
    private static readonly DateTime Instant = new(2026, 3, 1, 8, 30, 15, DateTimeKind.Utc);

    public static IEnumerable<Variant> All()
    {
        yield return new Variant(true);
        yield return new Variant((sbyte)-5);
        yield return new Variant((byte)200);
        yield return new Variant((short)-30000);
        yield return new Variant((ushort)60000);
        yield return new Variant(-2_000_000_000);
        yield return new Variant(4_000_000_000u);
        yield return new Variant(long.MinValue);
        yield return new Variant(ulong.MaxValue);
        yield return new Variant(3.25f);
        yield return new Variant(Math.PI);
        yield return new Variant("温度 temperature");
        yield return new Variant(Instant);
        yield return new Variant(Guid.Parse("72962b91-fa75-4ae6-8d28-b404dc7daf63"));
        yield return new Variant(new byte[] { 1, 2, 3 });
        yield return new Variant(new XmlElement("<a>1</a>"));
        yield return new Variant(new NodeId("smt-01-reflow.Zones.1.Temperature", 2));
        yield return new Variant(new ExpandedNodeId(new NodeId(5u), "urn:x", 1));
        yield return new Variant(StatusCode.BadNodeIdUnknown);
        yield return new Variant(new QualifiedName(1, "Speed"));
        yield return new Variant(new LocalizedText("zh-CN", "回流焊"));
        yield return new Variant(new ExtensionObject(new ExpandedNodeId(new NodeId(9999u, 3)), [9, 8, 7]));
        yield return new Variant(new DataValue(new Variant(1.5), StatusCode.Good, Instant) { SourcePicoseconds = 5000 });
        yield return new Variant(new DiagnosticInfo { SymbolicId = 1, AdditionalInfo = "x", InnerStatusCode = StatusCode.BadTimeout });
        yield return Variant.FromArray(new[] { true, false });
        yield return Variant.FromArray(new sbyte[] { -1, 1 });
        yield return Variant.FromArray(new byte[] { 0, 255 });
        yield return Variant.FromArray(new short[] { -1, 1 });
        yield return Variant.FromArray(new ushort[] { 0, 65535 });
        yield return Variant.FromArray(new[] { 1, -1 });
        yield return Variant.FromArray(new uint[] { 0, uint.MaxValue });
        yield return Variant.FromArray(new long[] { long.MinValue, 0 });
        yield return Variant.FromArray(new ulong[] { 0, ulong.MaxValue });
        yield return Variant.FromArray(new[] { 1.5f, -0.25f });
        yield return Variant.FromArray(new[] { 1.5, double.MaxValue });
        yield return Variant.FromArray(new[] { "a", null, "c" });
        yield return Variant.FromArray(new[] { Instant, Instant.AddDays(1) });
        yield return Variant.FromArray(new[] { Guid.Empty, Guid.Parse("72962b91-fa75-4ae6-8d28-b404dc7daf63") });
        yield return Variant.FromArray(new[] { new byte[] { 1 }, null });
        yield return Variant.FromArray(new[] { new XmlElement("<b/>") });
        yield return Variant.FromArray(new[] { new NodeId(1u), new NodeId("x", 1) });
        yield return Variant.FromArray(new[] { new ExpandedNodeId(new NodeId(1u)) });
        yield return Variant.FromArray(new[] { StatusCode.Good, StatusCode.BadTypeMismatch });
        yield return Variant.FromArray(new[] { new QualifiedName(0, "a") });
        yield return Variant.FromArray(new[] { new LocalizedText(null, "t") });
        yield return Variant.FromArray(new[] { new ExtensionObject(new ExpandedNodeId(new NodeId(1234u, 2)), [1]) });
        yield return Variant.FromArray(new[] { new DataValue(new Variant(1)) });
        yield return Variant.FromArray(new[] { new Variant(1), new Variant("two") });
        yield return Variant.FromArray(new DiagnosticInfo?[] { null, new DiagnosticInfo { Locale = 2 } });
    }
}

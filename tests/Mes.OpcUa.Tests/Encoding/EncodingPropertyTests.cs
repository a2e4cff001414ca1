using CsCheck;
using Mes.OpcUa.Encoding;

namespace Mes.OpcUa.Tests.Encoding;

public sealed class EncodingPropertyTests
{
    private static readonly Gen<DateTime> GenInstant =
        Gen.Long[UaDateTime.ToWire(new DateTime(1601, 1, 2, 0, 0, 0, DateTimeKind.Utc)), UaDateTime.ToWire(new DateTime(9000, 1, 1, 0, 0, 0, DateTimeKind.Utc))]
            .Select(UaDateTime.FromWire);

    private static readonly Gen<NodeId> GenNodeId = Gen.OneOf(
        Gen.Select(Gen.UInt, Gen.UShort, (id, ns) => new NodeId(id, ns)),
        Gen.Select(Gen.String, Gen.UShort, (id, ns) => new NodeId(id, ns)),
        Gen.Select(Gen.Guid, Gen.UShort, (id, ns) => new NodeId(id, ns)),
        Gen.Select(Gen.Byte.Array[0, 20], Gen.UShort, (id, ns) => new NodeId(id, ns)));

    private static readonly Gen<Variant> GenScalar = Gen.OneOf(
        Gen.Bool.Select(v => new Variant(v)),
        Gen.Int.Select(v => new Variant(v)),
        Gen.UInt.Select(v => new Variant(v)),
        Gen.Long.Select(v => new Variant(v)),
        Gen.Double.Select(v => new Variant(v)),
        Gen.Float.Select(v => new Variant(v)),
        Gen.String.Select(v => new Variant(v)),
        GenInstant.Select(v => new Variant(v)),
        Gen.Guid.Select(v => new Variant(v)),
        Gen.Byte.Array[0, 40].Select(v => new Variant(v)),
        GenNodeId.Select(v => new Variant(v)),
        Gen.Select(Gen.String, Gen.String, (l, t) => new Variant(new LocalizedText(l, t))),
        Gen.UInt.Select(v => new Variant(new StatusCode(v))));

    private static readonly Gen<Variant> GenVariant = Gen.OneOf(
        GenScalar,
        Gen.Double.Array[0, 50].Select(a => Variant.FromArray(a)),
        Gen.Int.Array[0, 50].Select(a => Variant.FromArray(a)),
        Gen.String.Array[0, 10].Select(a => Variant.FromArray(a)),
        GenScalar.Array[0, 5].Select(a => Variant.FromArray(a)),
        Gen.Int[1, 5].SelectMany(rows => Gen.Int[2, 5].SelectMany(cols =>
            Gen.Double.Array[rows * cols].Select(a => Variant.FromArray(a, [rows, cols])))));

    [Fact]
    public void Any_variant_decodes_to_what_was_encoded()
    {
        GenVariant.Sample(value =>
        {
            var back = Wire.Decode(Wire.Encode(w => w.WriteVariant(value)), static (ref UaReader r) => r.ReadVariant());
            Assert.Equal(value, back);
        });
    }

    [Fact]
    public void Any_data_value_decodes_to_what_was_encoded()
    {
        var gen = Gen.Select(GenVariant, Gen.UInt, GenInstant, Gen.UShort[0, 9999], (v, status, time, pico) =>
            new DataValue(v, new StatusCode(status), time) { SourcePicoseconds = pico });

        gen.Sample(value =>
        {
            var back = Wire.Decode(Wire.Encode(w => w.WriteDataValue(value)), static (ref UaReader r) => r.ReadDataValue());
            Assert.Equal(value, back);
        });
    }

    [Fact]
    public void Any_truncation_of_a_valid_variant_is_refused_with_a_decoding_error_and_never_another_exception()
    {
        Gen.Select(GenVariant, Gen.Double[0, 1]).Sample((value, cut) =>
        {
            var bytes = Wire.Encode(w => w.WriteVariant(value));
            var length = (int)(bytes.Length * cut);
            if (length == bytes.Length) return;
            var error = Wire.DecodeFails(bytes[..length], static (ref UaReader r) => r.ReadVariant());
            Assert.True(error.StatusCode.IsBad);
        });
    }
}

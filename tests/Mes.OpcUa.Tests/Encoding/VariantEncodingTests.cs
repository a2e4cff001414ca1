using Mes.OpcUa.Encoding;

namespace Mes.OpcUa.Tests.Encoding;

public sealed class VariantEncodingTests
{
    private static Variant RoundTrip(Variant value) =>
        Wire.Decode(Wire.Encode(w => w.WriteVariant(value)), static (ref UaReader r) => r.ReadVariant());

    [Fact]
    public void An_int32_array_is_sent_with_mask_0x86_and_no_dimensions()
    {
        var bytes = Wire.Encode(w => w.WriteVariant(Variant.FromArray(new[] { 1, 2, 3 })));

        Assert.Equal(Wire.Hex("86 03000000 01000000 02000000 03000000"), bytes);
    }

    [Fact]
    public void A_matrix_keeps_its_dimensions_through_the_wire()
    {
        var matrix = Variant.FromArray(new double[] { 1, 2, 3, 4, 5, 6 }, [2, 3]);

        var back = RoundTrip(matrix);

        Assert.Equal(new[] { 2, 3 }, back.ArrayDimensions);
        Assert.Equal(matrix, back);
    }

    [Fact]
    public void A_matrix_whose_dimensions_do_not_multiply_to_its_length_is_refused()
    {
        var bytes = Wire.Hex("C6 02000000 01000000 02000000 02000000 02000000 02000000");

        var error = Wire.DecodeFails(bytes, static (ref UaReader r) => r.ReadVariant());

        Assert.Equal(StatusCode.BadDecodingError, error.StatusCode);
        Assert.Contains("multiply", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_array_length_larger_than_the_remaining_bytes_is_refused_before_allocating()
    {
        var bytes = Wire.Hex("8B FFFFFF7F 00");

        var error = Wire.DecodeFails(bytes, static (ref UaReader r) => r.ReadVariant());

        Assert.Equal(StatusCode.BadEncodingLimitsExceeded, error.StatusCode);
    }

    [Fact]
    public void An_array_that_claims_more_elements_than_bytes_remain_is_refused()
    {
        var bytes = Wire.Hex("8B 10000000 00000000");

        var error = Wire.DecodeFails(bytes, static (ref UaReader r) => r.ReadVariant());

        Assert.Equal(StatusCode.BadDecodingError, error.StatusCode);
    }

    [Fact]
    public void Variants_nested_deeper_than_the_limit_are_refused()
    {
        var limits = new EncodingLimits { MaxNestingDepth = 10 };
        var nested = new List<byte>();
        for (var i = 0; i < 20; i++) nested.AddRange(Wire.Hex("98 01000000"));
        nested.Add(0);

        var error = Wire.DecodeFails(nested.ToArray(), static (ref UaReader r) => r.ReadVariant(), limits);

        Assert.Equal(StatusCode.BadEncodingLimitsExceeded, error.StatusCode);
    }

    [Fact]
    public void A_string_longer_than_the_limit_is_refused()
    {
        var limits = new EncodingLimits { MaxStringLength = 4 };
        var bytes = Wire.Encode(w => w.WriteVariant("too long"));

        var error = Wire.DecodeFails(bytes, static (ref UaReader r) => r.ReadVariant(), limits);

        Assert.Equal(StatusCode.BadEncodingLimitsExceeded, error.StatusCode);
    }

    [Fact]
    public void A_variant_type_id_beyond_the_built_in_types_is_refused()
    {
        var error = Wire.DecodeFails(Wire.Hex("1A 00"), static (ref UaReader r) => r.ReadVariant());

        Assert.Equal(StatusCode.BadDecodingError, error.StatusCode);
    }

    [Fact]
    public void A_numeric_variant_reads_back_as_its_exact_type_without_boxing()
    {
        var value = new Variant(21.5);

        Assert.Equal(21.5, value.Get<double>());
        Assert.False(value.TryGet<float>(out _));
    }

    [Fact]
    public void Reading_a_variant_as_another_type_names_the_held_type()
    {
        var error = Assert.Throws<InvalidCastException>(() => new Variant(7).Get<string>());

        Assert.Contains("Int32", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_built_in_type_survives_the_wire_as_scalar_and_array()
    {
        foreach (var value in BuiltInSamples.All())
        {
            Assert.Equal(value, RoundTrip(value));
        }
    }
}

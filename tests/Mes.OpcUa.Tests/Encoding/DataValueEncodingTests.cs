using Mes.OpcUa.Encoding;

namespace Mes.OpcUa.Tests.Encoding;

public sealed class DataValueEncodingTests
{
    [Fact]
    public void A_failed_read_is_a_status_only_data_value_with_mask_0x02()
    {
        var bytes = Wire.Encode(w => w.WriteDataValue(DataValue.FromStatus(StatusCode.BadNodeIdUnknown)));

        Assert.Equal(Wire.Hex("02 00003480"), bytes);
    }

    [Fact]
    public void Source_picoseconds_come_between_the_source_and_server_timestamps()
    {
        var bytes = Wire.Hex("3D 0B 000000000000F83F 0100000000000000 8813 0200000000000000 0A00");

        var value = Wire.Decode(bytes, static (ref UaReader r) => r.ReadDataValue());

        Assert.Equal(1.5, value.Value.Get<double>());
        Assert.Equal(5000, value.SourcePicoseconds);
        Assert.Equal(10, value.ServerPicoseconds);
        Assert.Equal(UaDateTime.FromWire(1), value.SourceTimestamp);
        Assert.Equal(UaDateTime.FromWire(2), value.ServerTimestamp);
    }

    [Fact]
    public void A_data_value_with_every_part_survives_the_wire()
    {
        var value = new DataValue(new Variant(7u), StatusCode.UncertainInitialValue,
            new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc), new DateTime(2026, 1, 2, 3, 4, 6, DateTimeKind.Utc))
        {
            SourcePicoseconds = 1,
            ServerPicoseconds = 9999,
        };

        var back = Wire.Decode(Wire.Encode(w => w.WriteDataValue(value)), static (ref UaReader r) => r.ReadDataValue());

        Assert.Equal(value, back);
    }

    [Fact]
    public void Instants_before_1601_are_sent_as_zero_and_the_largest_as_int64_max()
    {
        Assert.Equal(0, UaDateTime.ToWire(new DateTime(1500, 1, 1, 0, 0, 0, DateTimeKind.Utc)));
        Assert.Equal(long.MaxValue, UaDateTime.ToWire(DateTime.MaxValue));
        Assert.Equal(DateTime.MinValue, UaDateTime.FromWire(0));
        Assert.Equal(DateTime.MaxValue, UaDateTime.FromWire(long.MaxValue));
    }
}

using Mes.OpcUa.Encoding;

namespace Mes.OpcUa.Tests.Encoding;

public sealed class NodeIdEncodingTests
{
    [Theory]
    [InlineData("i=5", "00 05")]
    [InlineData("i=631", "01 00 77 02")]
    [InlineData("ns=1;i=1000", "01 01 e8 03")]
    [InlineData("ns=300;i=5", "02 2c 01 05 00 00 00")]
    [InlineData("i=70000", "02 00 00 70 11 01 00")]
    [InlineData("ns=1;s=Machine1", "03 01 00 08 00 00 00 4d 61 63 68 69 6e 65 31")]
    [InlineData("ns=2;b=AQID", "05 02 00 03 00 00 00 01 02 03")]
    public void A_node_id_is_written_in_its_most_compact_encoding(string text, string hex)
    {
        var bytes = Wire.Encode(w => w.WriteNodeId(NodeId.Parse(text)));

        Assert.Equal(Wire.Hex(hex), bytes);
    }

    [Fact]
    public void A_guid_node_id_lays_out_its_guid_as_dotnet_does()
    {
        var guid = Guid.Parse("72962b91-fa75-4ae6-8d28-b404dc7daf63");

        var bytes = Wire.Encode(w => w.WriteNodeId(new NodeId(guid, 1)));

        Assert.Equal([0x04, 0x01, 0x00, .. guid.ToByteArray()], bytes);
    }

    [Theory]
    [InlineData("02 00 00 05 00 00 00", "i=5")]
    [InlineData("01 00 05 00", "i=5")]
    [InlineData("03 01 00 ff ff ff ff", "ns=1;s=")]
    public void Any_encoding_of_a_node_id_is_accepted_on_read(string hex, string expected)
    {
        var id = Wire.Decode(Wire.Hex(hex), static (ref UaReader r) => r.ReadNodeId());

        Assert.Equal(NodeId.Parse(expected), id);
    }

    [Fact]
    public void An_expanded_node_id_carries_namespace_uri_and_server_index_after_the_identifier()
    {
        var id = new ExpandedNodeId(new NodeId(7u), "urn:zone-mes:plc-simulator", 3);

        var bytes = Wire.Encode(w => w.WriteExpandedNodeId(id));

        Assert.Equal(0xC0, bytes[0]);
        Assert.Equal(id, Wire.Decode(bytes, static (ref UaReader r) => r.ReadExpandedNodeId()));
    }

    [Fact]
    public void An_unknown_node_id_encoding_byte_is_refused()
    {
        var error = Wire.DecodeFails(Wire.Hex("07 00"), static (ref UaReader r) => r.ReadNodeId());

        Assert.Equal(StatusCode.BadDecodingError, error.StatusCode);
    }

    [Theory]
    [InlineData("i=2255")]
    [InlineData("ns=1;s=smt-01-placer-1.GoodCount")]
    [InlineData("ns=3;g=72962b91-fa75-4ae6-8d28-b404dc7daf63")]
    [InlineData("ns=1;b=3q2+7w==")]
    public void The_text_form_of_a_node_id_parses_back_to_the_same_id(string text)
    {
        var id = NodeId.Parse(text);

        Assert.Equal(text, id.ToString());
    }

    [Fact]
    public void Text_that_is_not_a_node_id_is_refused_with_the_expected_forms()
    {
        var error = Assert.Throws<FormatException>(() => NodeId.Parse("ns=x;i=1"));

        Assert.Contains("ns=1;s=Name", error.Message, StringComparison.Ordinal);
    }
}

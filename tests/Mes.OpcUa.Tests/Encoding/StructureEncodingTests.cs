using Mes.OpcUa.Encoding;
using Mes.OpcUa.Types;

namespace Mes.OpcUa.Tests.Encoding;

public sealed class StructureEncodingTests
{
    [Fact]
    public void Diagnostic_info_writes_locale_before_localized_text_despite_their_mask_bits()
    {
        var info = new DiagnosticInfo { LocalizedText = 4, Locale = 8 };

        var bytes = Wire.Encode(w => w.WriteDiagnosticInfo(info));

        Assert.Equal(Wire.Hex("0C 08000000 04000000"), bytes);
    }

    [Fact]
    public void Nested_diagnostic_info_survives_the_wire()
    {
        var info = new DiagnosticInfo
        {
            SymbolicId = 1,
            NamespaceUri = 2,
            AdditionalInfo = "outer",
            InnerStatusCode = StatusCode.BadTimeout,
            InnerDiagnosticInfo = new DiagnosticInfo { AdditionalInfo = "inner" },
        };

        var back = Wire.Decode(Wire.Encode(w => w.WriteDiagnosticInfo(info)), static (ref UaReader r) => r.ReadDiagnosticInfo());

        Assert.Equal(info, back);
    }

    [Fact]
    public void An_extension_object_of_an_unknown_type_is_passed_through_as_its_bytes()
    {
        var bytes = Wire.Hex("01 03 e803 01 04000000 deadbeef");

        var value = Wire.Decode(bytes, static (ref UaReader r) => r.ReadExtensionObject());

        Assert.Equal(new NodeId(1000u, 3), value.TypeId.NodeId);
        Assert.Equal(Wire.Hex("deadbeef"), value.Body);
        Assert.Equal(bytes, Wire.Encode(w => w.WriteExtensionObject(value)));
    }

    [Fact]
    public void An_extension_object_of_a_known_type_is_decoded_to_the_structure()
    {
        var token = new UserNameIdentityToken { PolicyId = "usernamePassword", UserName = "operator", Password = [1, 2], EncryptionAlgorithm = null };
        var bytes = Wire.Encode(w => w.WriteExtensionObject(new ExtensionObject(token)));

        var value = Wire.Decode(bytes, static (ref UaReader r) => r.ReadExtensionObject());

        var decoded = Assert.IsType<UserNameIdentityToken>(value.Body);
        Assert.Equal("operator", decoded.UserName);
        Assert.Equal(new byte[] { 1, 2 }, decoded.Password);
    }

    [Fact]
    public void An_extension_object_body_that_claims_more_bytes_than_remain_is_refused()
    {
        var error = Wire.DecodeFails(Wire.Hex("01 03 e803 01 40000000 deadbeef"), static (ref UaReader r) => r.ReadExtensionObject());

        Assert.Equal(StatusCode.BadDecodingError, error.StatusCode);
    }

    [Fact]
    public void A_localized_text_sends_only_the_parts_it_has()
    {
        var bytes = Wire.Encode(w => w.WriteLocalizedText(new LocalizedText(null, "ok")));

        Assert.Equal(Wire.Hex("02 02000000 6f6b"), bytes);
    }

    [Fact]
    public void A_read_request_round_trips_with_its_header_and_nodes()
    {
        var request = new ReadRequest
        {
            RequestHeader = new RequestHeader { AuthenticationToken = new NodeId([1, 2, 3], 0), RequestHandle = 7, TimeoutHint = 1000 },
            MaxAge = 0,
            TimestampsToReturn = TimestampsToReturn.Both,
            NodesToRead = [new ReadValueId { NodeId = new NodeId("Machine1.Temperature", 1), AttributeId = 13 }],
        };

        var bytes = Wire.Encode(request.Encode);
        var back = Wire.Decode(bytes, static (ref UaReader r) => ReadRequest.Decode(ref r));

        Assert.Equal(7u, back.RequestHeader.RequestHandle);
        Assert.Equal(request.RequestHeader.AuthenticationToken, back.RequestHeader.AuthenticationToken);
        Assert.Equal(TimestampsToReturn.Both, back.TimestampsToReturn);
        Assert.Equal(new NodeId("Machine1.Temperature", 1), Assert.Single(back.NodesToRead!).NodeId);
    }
}

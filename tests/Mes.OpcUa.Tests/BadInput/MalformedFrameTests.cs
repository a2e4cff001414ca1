using System.Buffers.Binary;
using Mes.OpcUa.Client;
using Mes.OpcUa.Encoding;
using Mes.OpcUa.Tests.Server;
using Mes.OpcUa.Types;

namespace Mes.OpcUa.Tests.BadInput;

/// <summary>
/// The corpus of malformed input: each case gets an Error frame naming the fault and a closed connection, and the
/// server goes on serving other clients.
/// </summary>
public sealed class MalformedFrameTests : IAsyncLifetime
{
    private TestPlant _plant = null!;

    public async Task InitializeAsync() => _plant = await TestPlant.StartAsync();

    public Task DisposeAsync() => _plant.DisposeAsync().AsTask();

    private async Task AssertRefusedAsync(RawConnection raw, StatusCode expected)
    {
        var error = await raw.ReadErrorAsync();
        Assert.Equal(expected, error);
        Assert.True(await raw.IsClosedByServerAsync());
        await using var client = await UaClient.ConnectAsync(_plant.Url);
        Assert.True((await client.ReadValueAsync(WellKnownNodes.ServerStatusState)).Status.IsGood);
    }

    [Fact]
    public async Task A_message_before_hello_is_refused_with_BadCommunicationError()
    {
        await using var raw = await RawConnection.ConnectAsync(_plant.Url);

        await raw.SendAsync(RawConnection.Frame("MSG", 'F', new byte[24]));

        await AssertRefusedAsync(raw, StatusCode.BadCommunicationError);
    }

    [Fact]
    public async Task An_unknown_message_type_is_refused_with_BadTcpMessageTypeInvalid()
    {
        await using var raw = await RawConnection.ConnectAsync(_plant.Url);

        await raw.SendAsync(RawConnection.Frame("XYZ", 'F', new byte[8]));

        await AssertRefusedAsync(raw, StatusCode.BadTcpMessageTypeInvalid);
    }

    [Fact]
    public async Task Hello_with_buffers_below_8192_bytes_is_refused_with_BadConnectionRejected()
    {
        await using var raw = await RawConnection.ConnectAsync(_plant.Url);

        await raw.SendAsync(RawConnection.Hello(1024, 1024));

        await AssertRefusedAsync(raw, StatusCode.BadConnectionRejected);
    }

    [Fact]
    public async Task A_frame_whose_size_is_smaller_than_its_header_is_refused()
    {
        await using var raw = await RawConnection.ConnectAsync(_plant.Url);
        var frame = RawConnection.Hello();
        BinaryPrimitives.WriteInt32LittleEndian(frame.AsSpan(4), 4);

        await raw.SendAsync(frame);

        await AssertRefusedAsync(raw, StatusCode.BadTcpMessageTypeInvalid);
    }

    [Fact]
    public async Task A_frame_larger_than_the_receive_buffer_is_refused_before_it_is_read()
    {
        await using var raw = await RawConnection.ConnectAsync(_plant.Url);
        await raw.OpenAsync();
        var frame = raw.Message(new byte[16]);
        BinaryPrimitives.WriteInt32LittleEndian(frame.AsSpan(4), int.MaxValue);

        await raw.SendAsync(frame);

        await AssertRefusedAsync(raw, StatusCode.BadTcpMessageTooLarge);
    }

    [Fact]
    public async Task A_gap_in_sequence_numbers_is_refused_with_BadSequenceNumberInvalid()
    {
        await using var raw = await RawConnection.ConnectAsync(_plant.Url);
        await raw.OpenAsync();

        await raw.SendAsync(raw.Message(RawConnection.Request(new GetEndpointsRequest()), skip: 5));

        await AssertRefusedAsync(raw, StatusCode.BadSequenceNumberInvalid);
    }

    [Fact]
    public async Task A_message_on_an_unknown_channel_is_refused_with_BadTcpSecureChannelUnknown()
    {
        await using var raw = await RawConnection.ConnectAsync(_plant.Url);
        await raw.OpenAsync();

        await raw.SendAsync(raw.Message(RawConnection.Request(new GetEndpointsRequest()), channelId: 999_999));

        await AssertRefusedAsync(raw, StatusCode.BadTcpSecureChannelUnknown);
    }

    [Fact]
    public async Task An_open_request_with_an_unoffered_security_policy_is_refused()
    {
        await using var raw = await RawConnection.ConnectAsync(_plant.Url);
        await raw.SendAsync(RawConnection.Hello());
        await raw.ReadAsync();

        await raw.SendAsync(raw.OpenChannel("http://opcfoundation.org/UA/SecurityPolicy#Basic256Sha256"));

        await AssertRefusedAsync(raw, StatusCode.BadSecurityPolicyRejected);
    }

    [Fact]
    public async Task A_huge_array_length_in_a_request_is_refused_without_allocating_it()
    {
        await using var raw = await RawConnection.ConnectAsync(_plant.Url);
        await raw.OpenAsync();
        var body = RawConnection.Encode(w =>
        {
            w.WriteNodeId(ReadRequest.EncodingId);
            new RequestHeader().Encode(w);
            w.WriteDouble(0);
            w.WriteInt32(0);
            w.WriteInt32(int.MaxValue);
        });

        await raw.SendAsync(raw.Message(body));

        await AssertRefusedAsync(raw, StatusCode.BadEncodingLimitsExceeded);
    }

    [Fact]
    public async Task A_truncated_request_body_is_refused_with_BadDecodingError()
    {
        await using var raw = await RawConnection.ConnectAsync(_plant.Url);
        await raw.OpenAsync();
        var body = RawConnection.Request(new ReadRequest { NodesToRead = [new ReadValueId { NodeId = new NodeId("x", 1), AttributeId = 13 }] });

        await raw.SendAsync(raw.Message(body[..(body.Length - 6)]));

        await AssertRefusedAsync(raw, StatusCode.BadDecodingError);
    }

    [Fact]
    public async Task Variants_nested_beyond_the_depth_limit_are_refused()
    {
        await using var raw = await RawConnection.ConnectAsync(_plant.Url);
        await raw.OpenAsync();
        var body = RawConnection.Encode(w =>
        {
            w.WriteNodeId(WriteRequest.EncodingId);
            new RequestHeader().Encode(w);
            w.WriteInt32(1);
            w.WriteNodeId(new NodeId("x", 1));
            w.WriteUInt32(13);
            w.WriteString(null);
            w.WriteByte(0x01);
            for (var i = 0; i < 500; i++)
            {
                w.WriteByte(0x98);
                w.WriteInt32(1);
            }
            w.WriteByte(0);
        });

        await raw.SendAsync(raw.Message(body));

        await AssertRefusedAsync(raw, StatusCode.BadEncodingLimitsExceeded);
    }

    [Fact]
    public async Task Intermediate_chunks_beyond_the_chunk_limit_are_refused()
    {
        await using var plant = await TestPlant.StartAsync(new Mes.OpcUa.Server.UaServerOptions { EncodingLimits = new EncodingLimits { MaxChunkCount = 8 } });
        await using var raw = await RawConnection.ConnectAsync(plant.Url);
        await raw.OpenAsync();

        for (var i = 0; i < 20; i++) await raw.SendAsync(raw.Message(new byte[100], chunk: 'C', requestId: 77));

        Assert.Equal(StatusCode.BadEncodingLimitsExceeded, await raw.ReadErrorAsync());
    }

    [Fact]
    public async Task An_abort_chunk_discards_the_partial_message_and_the_channel_stays_usable()
    {
        await using var raw = await RawConnection.ConnectAsync(_plant.Url);
        await raw.OpenAsync();
        var request = RawConnection.Request(new GetEndpointsRequest());

        await raw.SendAsync(raw.Message(request[..10], chunk: 'C', requestId: 50));
        await raw.SendAsync(raw.Message(RawConnection.Encode(w => { w.WriteStatusCode(StatusCode.BadRequestCancelledByClient); w.WriteString("changed my mind"); }), chunk: 'A', requestId: 50));
        await raw.SendAsync(raw.Message(request));
        var answer = await raw.ReadAsync();

        Assert.Equal("MSG", answer?.Type);
    }

    [Fact]
    public async Task A_connection_dropped_inside_a_frame_leaves_the_server_serving()
    {
        var raw = await RawConnection.ConnectAsync(_plant.Url);
        await raw.SendAsync(RawConnection.Hello()[..12]);
        await raw.DisposeAsync();

        await using var client = await UaClient.ConnectAsync(_plant.Url);

        Assert.True((await client.ReadValueAsync(WellKnownNodes.ServerStatusState)).Status.IsGood);
    }

    [Fact]
    public async Task A_request_for_an_unsupported_service_gets_a_service_fault_and_the_channel_stays_open()
    {
        await using var raw = await RawConnection.ConnectAsync(_plant.Url);
        await raw.OpenAsync();
        var body = RawConnection.Encode(w =>
        {
            w.WriteNodeId(new NodeId(554u));
            new RequestHeader { RequestHandle = 42 }.Encode(w);
            w.WriteInt32(0);
        });

        await raw.SendAsync(raw.Message(body));
        var answer = await raw.ReadAsync() ?? throw new InvalidOperationException("no answer");
        var reader = new UaReader(answer.Payload.AsSpan(16));
        var typeId = reader.ReadNodeId();
        var fault = ServiceFault.Decode(ref reader);

        Assert.Equal(ServiceFault.EncodingId, typeId);
        Assert.Equal(StatusCode.BadServiceUnsupported, fault.ResponseHeader.ServiceResult);
        Assert.Equal(42u, fault.ResponseHeader.RequestHandle);
    }

    [Fact]
    public async Task A_request_without_a_session_gets_BadSessionIdInvalid()
    {
        await using var raw = await RawConnection.ConnectAsync(_plant.Url);
        await raw.OpenAsync();

        await raw.SendAsync(raw.Message(RawConnection.Request(new ReadRequest { NodesToRead = [new ReadValueId { NodeId = new NodeId(2259u), AttributeId = 13 }] })));
        var answer = await raw.ReadAsync() ?? throw new InvalidOperationException("no answer");
        var reader = new UaReader(answer.Payload.AsSpan(16));
        reader.ReadNodeId();
        var fault = ServiceFault.Decode(ref reader);

        Assert.Equal(StatusCode.BadSessionIdInvalid, fault.ResponseHeader.ServiceResult);
    }
}

using System.Buffers.Binary;
using Mes.OpcUa.Encoding;
using Mes.OpcUa.SecureChannel;
using Mes.OpcUa.Tests.Encoding;
using Mes.OpcUa.Transport;

namespace Mes.OpcUa.Tests.Transport;

public sealed class ChunkingTests
{
    private static readonly byte[] TokenHeader = [1, 0, 0, 0];

    private static List<byte[]> Split(ReadOnlyMemory<byte> bytes)
    {
        var chunks = new List<byte[]>();
        var rest = bytes.Span;
        while (rest.Length > 0)
        {
            var size = BinaryPrimitives.ReadInt32LittleEndian(rest[4..]);
            chunks.Add(rest[..size].ToArray());
            rest = rest[size..];
        }
        return chunks;
    }

    [Fact]
    public void A_body_larger_than_one_chunk_is_split_into_chunks_no_larger_than_the_peer_buffer()
    {
        using var writer = new ChunkWriter { ChunkSize = 8192 };
        var body = Enumerable.Range(0, 20_000).Select(i => (byte)i).ToArray();

        var chunks = Split(writer.Build(MessageTypes.Message, 7, TokenHeader, NoSecurityPolicy.Instance, new SequenceNumberSource(), 42, body, StatusCode.BadRequestTooLarge));

        Assert.Equal(3, chunks.Count);
        Assert.All(chunks, c => Assert.True(c.Length <= 8192));
        Assert.Equal("CCF", new string(chunks.Select(c => (char)c[3]).ToArray()));
    }

    [Fact]
    public void Every_chunk_takes_the_next_sequence_number_and_keeps_the_request_id()
    {
        using var writer = new ChunkWriter { ChunkSize = 8192 };

        var chunks = Split(writer.Build(MessageTypes.Message, 7, TokenHeader, NoSecurityPolicy.Instance, new SequenceNumberSource(5), 42, new byte[30_000], StatusCode.BadRequestTooLarge));

        Assert.Equal(new uint[] { 5, 6, 7, 8 }, chunks.Select(c => BinaryPrimitives.ReadUInt32LittleEndian(c.AsSpan(16))));
        Assert.All(chunks, c => Assert.Equal(42u, BinaryPrimitives.ReadUInt32LittleEndian(c.AsSpan(20))));
    }

    [Fact]
    public void Chunks_reassemble_to_the_original_body()
    {
        using var writer = new ChunkWriter { ChunkSize = 8192 };
        using var assembler = new ChunkAssembler(1 << 20, 100);
        var body = Enumerable.Range(0, 50_000).Select(i => (byte)(i * 7)).ToArray();

        foreach (var chunk in Split(writer.Build(MessageTypes.Message, 7, TokenHeader, NoSecurityPolicy.Instance, new SequenceNumberSource(), 1, body, StatusCode.BadRequestTooLarge)))
            assembler.Append(1, chunk.AsSpan(24));

        Assert.Equal(body, assembler.Body.ToArray());
    }

    [Fact]
    public void A_message_needing_more_chunks_than_the_peer_accepts_is_refused_before_sending()
    {
        using var writer = new ChunkWriter { ChunkSize = 8192, MaxChunkCount = 2 };

        var error = Assert.Throws<ServiceResultException>(() =>
            writer.Build(MessageTypes.Message, 7, TokenHeader, NoSecurityPolicy.Instance, new SequenceNumberSource(), 1, new byte[30_000], StatusCode.BadRequestTooLarge));

        Assert.Equal(StatusCode.BadRequestTooLarge, error.StatusCode);
    }

    [Fact]
    public void A_message_larger_than_the_peer_max_message_size_is_refused_before_sending()
    {
        using var writer = new ChunkWriter { ChunkSize = 8192, MaxMessageSize = 10_000 };

        var error = Assert.Throws<ServiceResultException>(() =>
            writer.Build(MessageTypes.Message, 7, TokenHeader, NoSecurityPolicy.Instance, new SequenceNumberSource(), 1, new byte[10_001], StatusCode.BadResponseTooLarge));

        Assert.Equal(StatusCode.BadResponseTooLarge, error.StatusCode);
    }

    [Fact]
    public void Reassembly_stops_at_the_max_message_size()
    {
        using var assembler = new ChunkAssembler(10_000, 100);
        assembler.Append(1, new byte[8000]);

        var error = Assert.Throws<ServiceResultException>(() => assembler.Append(1, new byte[8000]));

        Assert.Equal(StatusCode.BadTcpMessageTooLarge, error.StatusCode);
    }

    [Fact]
    public void The_hello_frame_matches_the_bytes_node_opcua_accepts()
    {
        var hello = new HelloMessage(0, 65536, 65536, 0, 0, "opc.tcp://127.0.0.1:48401");

        var body = Wire.Encode(hello.Encode);

        Assert.Equal(Wire.Hex("00000000 00000100 00000100 00000000 00000000 19000000"), body[..24]);
        Assert.Equal(0x39 - 8, body.Length);
    }

    [Fact]
    public void Sequence_numbers_must_follow_each_other()
    {
        var check = new SequenceNumberCheck();
        check.Accept(1);
        check.Accept(2);

        var error = Assert.Throws<ServiceResultException>(() => check.Accept(7));

        Assert.Equal(StatusCode.BadSequenceNumberInvalid, error.StatusCode);
        Assert.Contains("expected 3, got 7", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sequence_numbers_wrap_below_1024_after_the_top_of_the_range()
    {
        var source = new SequenceNumberSource(uint.MaxValue - 1025);
        var check = new SequenceNumberCheck();

        for (var i = 0; i < 3; i++) check.Accept(source.Next());

        Assert.True(source.Next() < 1024);
    }
}

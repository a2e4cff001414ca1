using System.Buffers;
using System.Buffers.Binary;
using Mes.OpcUa.Encoding;
using Mes.OpcUa.Transport;

namespace Mes.OpcUa.SecureChannel;

/// <summary>
/// Splits an encoded message body into UA-SC chunks no larger than the peer's receive buffer, each with its own
/// security header, sequence number and protection, all into one pooled output buffer written with a single send.
/// The peer's max message size and chunk count are checked before anything is produced.
/// </summary>
internal sealed class ChunkWriter : IDisposable
{
    private const int SequenceHeaderSize = 8;
    private byte[] _output = [];

    /// <summary>The peer's receive buffer size: the largest chunk we may send.</summary>
    public int ChunkSize { get; set; } = TransportLimits.MinimumBufferSize;

    /// <summary>The peer's max message size (0 = no limit).</summary>
    public int MaxMessageSize { get; set; }

    /// <summary>The peer's max chunk count (0 = no limit).</summary>
    public int MaxChunkCount { get; set; }

    /// <summary>
    /// Builds all chunks of one message. <paramref name="securityHeader"/> is the bytes after the channel id
    /// (the token id for MSG/CLO, the asymmetric header for OPN). <paramref name="tooLarge"/> is the status reported
    /// when the message breaks the peer's limits (BadRequestTooLarge or BadResponseTooLarge).
    /// </summary>
    public ReadOnlyMemory<byte> Build(uint messageType, uint channelId, ReadOnlySpan<byte> securityHeader, IChunkProtection protection,
        SequenceNumberSource sequence, uint requestId, ReadOnlySpan<byte> body, StatusCode tooLarge)
    {
        if (MaxMessageSize > 0 && body.Length > MaxMessageSize)
            throw new ServiceResultException(tooLarge, $"message body of {body.Length} bytes exceeds the peer's limit of {MaxMessageSize}");
        var securityHeaderEnd = MessageHeader.Size + 4 + securityHeader.Length;
        var headerSize = securityHeaderEnd + SequenceHeaderSize;
        var room = protection.MaxBodySize(ChunkSize, headerSize);
        if (room <= 0) throw new ServiceResultException(StatusCode.BadTcpInternalError, $"a chunk of {ChunkSize} bytes leaves no room for a body");
        var chunkCount = Math.Max(1, (body.Length + room - 1) / room);
        if (MaxChunkCount > 0 && chunkCount > MaxChunkCount)
            throw new ServiceResultException(tooLarge, $"message needs {chunkCount} chunks, the peer accepts {MaxChunkCount}");
        var capacity = (long)chunkCount * ChunkSize;
        if (capacity > Array.MaxLength) throw new ServiceResultException(tooLarge, "message too large to send");
        if (_output.Length < capacity)
        {
            if (_output.Length > 0) ArrayPool<byte>.Shared.Return(_output);
            _output = ArrayPool<byte>.Shared.Rent((int)capacity);
        }
        var written = 0;
        var offset = 0;
        for (var i = 0; i < chunkCount; i++)
        {
            var part = Math.Min(room, body.Length - offset);
            var chunk = _output.AsSpan(written, ChunkSize);
            var chunkType = i == chunkCount - 1 ? MessageTypes.Final : MessageTypes.Intermediate;
            BinaryPrimitives.WriteUInt32LittleEndian(chunk[MessageHeader.Size..], channelId);
            securityHeader.CopyTo(chunk[(MessageHeader.Size + 4)..]);
            BinaryPrimitives.WriteUInt32LittleEndian(chunk[securityHeaderEnd..], sequence.Next());
            BinaryPrimitives.WriteUInt32LittleEndian(chunk[(securityHeaderEnd + 4)..], requestId);
            body.Slice(offset, part).CopyTo(chunk[headerSize..]);
            var bodyEnd = headerSize + part;
            new MessageHeader(messageType, chunkType, bodyEnd).Write(chunk);
            var length = protection.Protect(chunk, securityHeaderEnd, bodyEnd);
            new MessageHeader(messageType, chunkType, length).Write(chunk);
            written += length;
            offset += part;
        }
        return _output.AsMemory(0, written);
    }

    public void Dispose()
    {
        if (_output.Length > 0) ArrayPool<byte>.Shared.Return(_output);
        _output = [];
    }
}

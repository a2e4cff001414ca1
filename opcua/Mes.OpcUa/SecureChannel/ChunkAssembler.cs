using System.Buffers;
using Mes.OpcUa.Encoding;

namespace Mes.OpcUa.SecureChannel;

/// <summary>
/// Reassembles the chunks of one message at a time into a pooled buffer. The message size and chunk count are
/// checked as chunks arrive, so a peer that streams intermediate chunks without end is stopped at the limit.
/// </summary>
internal sealed class ChunkAssembler(int maxMessageSize, int maxChunkCount) : IDisposable
{
    private byte[] _buffer = [];
    private int _length;
    private int _chunks;
    private uint _requestId;

    /// <summary>True while intermediate chunks have been received and the final one has not.</summary>
    public bool InProgress => _chunks > 0;

    /// <summary>The assembled body; valid until the next <see cref="Append"/> or <see cref="Reset"/>.</summary>
    public ReadOnlySpan<byte> Body => _buffer.AsSpan(0, _length);

    /// <summary>Adds the body of one chunk. Throws BadTcpMessageTooLarge / BadEncodingLimitsExceeded when a limit is broken.</summary>
    public void Append(uint requestId, ReadOnlySpan<byte> chunkBody)
    {
        if (_chunks > 0 && requestId != _requestId)
            throw new ServiceResultException(StatusCode.BadTcpMessageTypeInvalid, $"chunk of request {requestId} arrived inside the chunks of request {_requestId}");
        _requestId = requestId;
        if (++_chunks > maxChunkCount)
            throw new ServiceResultException(StatusCode.BadEncodingLimitsExceeded, $"message has more than {maxChunkCount} chunks");
        if ((long)_length + chunkBody.Length > maxMessageSize)
            throw new ServiceResultException(StatusCode.BadTcpMessageTooLarge, $"message exceeds {maxMessageSize} bytes");
        if (_buffer.Length - _length < chunkBody.Length)
        {
            var next = ArrayPool<byte>.Shared.Rent(Math.Max(_length + chunkBody.Length, Math.Min(_buffer.Length * 2, maxMessageSize)));
            _buffer.AsSpan(0, _length).CopyTo(next);
            if (_buffer.Length > 0) ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = next;
        }
        chunkBody.CopyTo(_buffer.AsSpan(_length));
        _length += chunkBody.Length;
    }

    /// <summary>Forgets the message (after it was handled, or after an abort chunk).</summary>
    public void Reset()
    {
        _length = 0;
        _chunks = 0;
    }

    public void Dispose()
    {
        if (_buffer.Length > 0) ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
    }
}

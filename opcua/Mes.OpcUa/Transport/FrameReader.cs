using System.Buffers;
using Mes.OpcUa.Encoding;

namespace Mes.OpcUa.Transport;

/// <summary>
/// Reads UA-TCP frames from a stream. Reads take whatever the socket has (several frames at once when they are
/// queued), so a multi-chunk response costs a few system calls, not two per chunk. A frame's header is checked against
/// the receive buffer size before its body is awaited, and each frame is handed out in its own pooled buffer.
/// </summary>
internal sealed class FrameReader(Stream stream) : IDisposable
{
    private const int ReadSize = 128 * 1024;
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(ReadSize);
    private int _start;
    private int _end;

    /// <summary>The largest frame accepted; raised to the negotiated size after Hello/Acknowledge.</summary>
    public int ReceiveBufferSize { get; set; } = TransportLimits.MinimumBufferSize;

    /// <summary>Reads the next frame, or returns null when the peer closed the connection between frames.</summary>
    public async ValueTask<Frame?> ReadAsync(CancellationToken cancellationToken)
    {
        if (!await FillAsync(MessageHeader.Size, cancellationToken))
        {
            if (_end == _start) return null;
            throw new ServiceResultException(StatusCode.BadConnectionClosed, "the connection closed inside a frame header");
        }
        var header = MessageHeader.Read(_buffer.AsSpan(_start));
        header.Validate(ReceiveBufferSize);
        if (!await FillAsync(header.MessageSize, cancellationToken))
            throw new ServiceResultException(StatusCode.BadConnectionClosed, "the connection closed inside a frame");
        var frame = ArrayPool<byte>.Shared.Rent(header.MessageSize);
        _buffer.AsSpan(_start, header.MessageSize).CopyTo(frame);
        _start += header.MessageSize;
        if (_start == _end) _start = _end = 0;
        return new Frame(header, frame);
    }

    /// <summary>Makes at least <paramref name="needed"/> bytes available from <c>_start</c>; false at end of stream.</summary>
    private async ValueTask<bool> FillAsync(int needed, CancellationToken cancellationToken)
    {
        if (_end - _start >= needed) return true;
        if (_buffer.Length - _start < needed)
        {
            var target = _buffer.Length >= needed ? _buffer : ArrayPool<byte>.Shared.Rent(Math.Max(needed, ReadSize));
            _buffer.AsSpan(_start, _end - _start).CopyTo(target);
            if (!ReferenceEquals(target, _buffer))
            {
                ArrayPool<byte>.Shared.Return(_buffer);
                _buffer = target;
            }
            _end -= _start;
            _start = 0;
        }
        while (_end - _start < needed)
        {
            var read = await stream.ReadAsync(_buffer.AsMemory(_end), cancellationToken);
            if (read == 0) return false;
            _end += read;
        }
        return true;
    }

    public void Dispose()
    {
        var buffer = Interlocked.Exchange(ref _buffer, []);
        if (buffer.Length > 0) ArrayPool<byte>.Shared.Return(buffer);
    }
}

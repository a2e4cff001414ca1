using System.Buffers;
using Mes.OpcUa.Encoding;

namespace Mes.OpcUa.Transport;

/// <summary>
/// Reads UA-TCP frames from a stream. Reads take whatever the socket has (several frames at once when they are
/// queued), so a multi-chunk response costs a few system calls, not two per chunk. A frame's header is checked against
/// the receive buffer size before its body is awaited, and each frame is handed out in its own pooled buffer.
/// A reader is either pulled (<see cref="ReadAsync"/>) or pushed: <see cref="ReceiveAvailable"/> when the socket is
/// known to be readable, then <see cref="TakeBuffered"/> until it returns null.
/// </summary>
internal sealed class FrameReader(Stream stream) : IDisposable
{
    private const int ReadSize = 128 * 1024;
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(ReadSize);
    private int _start;
    private int _end;

    /// <summary>The largest frame accepted; raised to the negotiated size after Hello/Acknowledge.</summary>
    public int ReceiveBufferSize { get; set; } = TransportLimits.MinimumBufferSize;

    /// <summary>
    /// Read with blocking calls instead of awaiting. The client's socket is never used asynchronously: the runtime's
    /// socket engine would otherwise watch it and wake a pool thread for every segment that arrives, whether a read
    /// is pending or not (see <see cref="ReceivePump"/>).
    /// </summary>
    public bool Synchronous { get; init; }

    /// <summary>Reads the next frame, or returns null when the peer closed the connection between frames.</summary>
    public async ValueTask<Frame?> ReadAsync(CancellationToken cancellationToken)
    {
        if (!await FillAsync(MessageHeader.Size, cancellationToken))
        {
            if (_end == _start) return null;
            throw new ServiceResultException(StatusCode.BadConnectionClosed, "the connection closed inside a frame header");
        }
        var header = ReadHeader();
        if (!await FillAsync(header.MessageSize, cancellationToken))
            throw new ServiceResultException(StatusCode.BadConnectionClosed, "the connection closed inside a frame");
        return Take(header);
    }

    /// <summary>
    /// Reads once whatever the stream has, with room for at least the rest of the frame under way; call it only when
    /// the socket is readable, so that it does not block. False when the peer closed the connection.
    /// </summary>
    public bool ReceiveAvailable()
    {
        var needed = _end - _start >= MessageHeader.Size ? ReadHeader().MessageSize : MessageHeader.Size;
        MakeRoom(needed);
        var read = stream.Read(_buffer.AsSpan(_end));
        if (read == 0) return false;
        _end += read;
        return true;
    }

    /// <summary>The next frame already received in full, or null.</summary>
    public Frame? TakeBuffered()
    {
        if (_end - _start < MessageHeader.Size) return null;
        var header = ReadHeader();
        return _end - _start < header.MessageSize ? null : Take(header);
    }

    private MessageHeader ReadHeader()
    {
        var header = MessageHeader.Read(_buffer.AsSpan(_start));
        header.Validate(ReceiveBufferSize);
        return header;
    }

    private Frame Take(MessageHeader header)
    {
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
        MakeRoom(needed);
        while (_end - _start < needed)
        {
            var read = Synchronous
                ? stream.Read(_buffer.AsSpan(_end))
                : await stream.ReadAsync(_buffer.AsMemory(_end), cancellationToken);
            if (read == 0) return false;
            _end += read;
        }
        return true;
    }

    /// <summary>Moves the unread bytes to the front, into a larger buffer when <paramref name="needed"/> would not fit.</summary>
    private void MakeRoom(int needed)
    {
        if (_buffer.Length - _start >= needed) return;
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

    public void Dispose()
    {
        var buffer = Interlocked.Exchange(ref _buffer, []);
        if (buffer.Length > 0) ArrayPool<byte>.Shared.Return(buffer);
    }
}

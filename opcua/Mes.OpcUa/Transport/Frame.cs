using System.Buffers;

namespace Mes.OpcUa.Transport;

/// <summary>One received UA-TCP frame (a chunk) in a buffer rented from the pool; dispose to return it.</summary>
internal sealed class Frame : IDisposable
{
    private byte[]? _buffer;

    public Frame(MessageHeader header, byte[] buffer)
    {
        Header = header;
        _buffer = buffer;
    }

    public MessageHeader Header { get; }

    /// <summary>The whole frame including its 8-byte header.</summary>
    public Span<byte> Bytes => _buffer.AsSpan(0, Header.MessageSize);

    /// <summary>The frame after its 8-byte header.</summary>
    public Span<byte> Payload => _buffer.AsSpan(MessageHeader.Size, Header.MessageSize - MessageHeader.Size);

    public void Dispose()
    {
        var buffer = Interlocked.Exchange(ref _buffer, null);
        if (buffer is not null) ArrayPool<byte>.Shared.Return(buffer);
    }
}

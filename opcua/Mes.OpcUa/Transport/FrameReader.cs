using System.Buffers;
using Mes.OpcUa.Encoding;

namespace Mes.OpcUa.Transport;

/// <summary>
/// Reads UA-TCP frames from a stream: the header first, checked against the receive buffer size before anything
/// is allocated, then the rest into a pooled buffer.
/// </summary>
internal sealed class FrameReader(Stream stream)
{
    private readonly byte[] _header = new byte[MessageHeader.Size];

    /// <summary>The largest frame accepted; raised to the negotiated size after Hello/Acknowledge.</summary>
    public int ReceiveBufferSize { get; set; } = TransportLimits.MinimumBufferSize;

    /// <summary>Reads the next frame, or returns null when the peer closed the connection between frames.</summary>
    public async ValueTask<Frame?> ReadAsync(CancellationToken cancellationToken)
    {
        var read = await stream.ReadAtLeastAsync(_header, MessageHeader.Size, throwOnEndOfStream: false, cancellationToken);
        if (read == 0) return null;
        if (read < MessageHeader.Size)
            throw new ServiceResultException(StatusCode.BadConnectionClosed, "the connection closed inside a frame header");
        var header = MessageHeader.Read(_header);
        header.Validate(ReceiveBufferSize);
        var buffer = ArrayPool<byte>.Shared.Rent(header.MessageSize);
        var frame = new Frame(header, buffer);
        try
        {
            _header.CopyTo(buffer, 0);
            await stream.ReadExactlyAsync(buffer.AsMemory(MessageHeader.Size, header.MessageSize - MessageHeader.Size), cancellationToken);
            return frame;
        }
        catch (EndOfStreamException e)
        {
            frame.Dispose();
            throw new ServiceResultException(StatusCode.BadConnectionClosed, "the connection closed inside a frame", e);
        }
        catch
        {
            frame.Dispose();
            throw;
        }
    }
}

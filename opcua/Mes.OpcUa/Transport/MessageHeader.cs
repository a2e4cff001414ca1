using System.Buffers.Binary;
using Mes.OpcUa.Encoding;

namespace Mes.OpcUa.Transport;

/// <summary>The 8-byte header of every UA-TCP frame: message type, chunk type and total size including the header.</summary>
internal readonly record struct MessageHeader(uint MessageType, byte ChunkType, int MessageSize)
{
    public const int Size = 8;

    public static MessageHeader Read(ReadOnlySpan<byte> bytes)
    {
        var raw = BinaryPrimitives.ReadUInt32LittleEndian(bytes);
        var size = BinaryPrimitives.ReadUInt32LittleEndian(bytes[4..]);
        return new MessageHeader(raw & 0xFFFFFF, (byte)(raw >> 24), size > int.MaxValue ? int.MaxValue : (int)size);
    }

    public void Write(Span<byte> bytes)
    {
        BinaryPrimitives.WriteUInt32LittleEndian(bytes, MessageType | ((uint)ChunkType << 24));
        BinaryPrimitives.WriteUInt32LittleEndian(bytes[4..], (uint)MessageSize);
    }

    /// <summary>Checks what a receiver can check before reading the rest of the frame.</summary>
    public void Validate(int receiveBufferSize)
    {
        if (!MessageTypes.IsKnown(MessageType))
            throw new ServiceResultException(StatusCode.BadTcpMessageTypeInvalid, $"message type 0x{MessageType:X6} is unknown");
        if (ChunkType is not (MessageTypes.Final or MessageTypes.Intermediate or MessageTypes.Abort))
            throw new ServiceResultException(StatusCode.BadTcpMessageTypeInvalid, $"chunk type 0x{ChunkType:X2} is unknown");
        if (MessageSize < Size)
            throw new ServiceResultException(StatusCode.BadTcpMessageTypeInvalid, $"message size {MessageSize} is smaller than its header");
        if (MessageSize > receiveBufferSize)
            throw new ServiceResultException(StatusCode.BadTcpMessageTooLarge, $"chunk of {MessageSize} bytes exceeds the receive buffer of {receiveBufferSize}");
    }
}

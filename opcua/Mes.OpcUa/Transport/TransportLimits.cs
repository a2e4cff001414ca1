namespace Mes.OpcUa.Transport;

/// <summary>
/// The buffer and message limits one side of a UA-TCP connection proposes in Hello/Acknowledge. The agreed values
/// are the smaller of each side's; 0 for message size or chunk count means "no limit" on the wire, and this stack then
/// applies its own <see cref="Encoding.EncodingLimits"/>.
/// </summary>
public sealed record TransportLimits
{
    /// <summary>The smallest buffer UA-TCP allows (Part 6 §7.1.2.3).</summary>
    public const int MinimumBufferSize = 8192;

    /// <summary>The defaults: 64 KiB buffers, 16 MiB messages, 4096 chunks.</summary>
    public static TransportLimits Default { get; } = new();

    /// <summary>Largest chunk this side receives.</summary>
    public int ReceiveBufferSize { get; init; } = 65536;

    /// <summary>Largest chunk this side sends.</summary>
    public int SendBufferSize { get; init; } = 65536;

    /// <summary>Largest message body this side accepts.</summary>
    public int MaxMessageSize { get; init; } = 16 * 1024 * 1024;

    /// <summary>Most chunks per message this side accepts.</summary>
    public int MaxChunkCount { get; init; } = 4096;
}

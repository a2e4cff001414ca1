namespace Mes.OpcUa.Encoding;

/// <summary>
/// Bounds applied while decoding and while assembling messages, so that a peer cannot make the process allocate
/// without limit. Every length read from the wire is checked against these and against the bytes that remain.
/// </summary>
public sealed record EncodingLimits
{
    /// <summary>The defaults: 16 MiB messages, 4096 chunks, depth 100.</summary>
    public static EncodingLimits Default { get; } = new();

    /// <summary>Largest message body (after reassembly of its chunks), in bytes.</summary>
    public int MaxMessageSize { get; init; } = 16 * 1024 * 1024;

    /// <summary>Most chunks one message may span.</summary>
    public int MaxChunkCount { get; init; } = 4096;

    /// <summary>Most elements of one array.</summary>
    public int MaxArrayLength { get; init; } = 1024 * 1024;

    /// <summary>Longest string, in bytes of UTF-8.</summary>
    public int MaxStringLength { get; init; } = 1024 * 1024;

    /// <summary>Longest byte string.</summary>
    public int MaxByteStringLength { get; init; } = 16 * 1024 * 1024;

    /// <summary>Deepest nesting of variants, data values, extension objects and diagnostic infos.</summary>
    public int MaxNestingDepth { get; init; } = 100;
}

using System.Collections.Concurrent;

namespace Mes.OpcUa.Encoding;

/// <summary>
/// The structures the decoder turns into objects when they arrive in an ExtensionObject, keyed by binary
/// encoding id. The stack registers its own service structures; a host may add its own (e.g. a PLC's UDTs).
/// Bodies of unregistered types stay raw bytes.
/// </summary>
public static class EncodeableTypes
{
    private static readonly ConcurrentDictionary<NodeId, ElementDecoder<IEncodeable>> Decoders = new();

    static EncodeableTypes() => Types.StandardTypes.Register();

    /// <summary>Registers (or replaces) the decoder for a binary encoding id.</summary>
    public static void Register(NodeId binaryEncodingId, ElementDecoder<IEncodeable> decoder)
    {
        ArgumentNullException.ThrowIfNull(decoder);
        Decoders[binaryEncodingId] = decoder;
    }

    /// <summary>Finds the decoder for a binary encoding id.</summary>
    public static bool TryGetDecoder(NodeId binaryEncodingId, out ElementDecoder<IEncodeable> decoder) =>
        Decoders.TryGetValue(binaryEncodingId, out decoder!);
}

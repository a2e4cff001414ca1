using System.Globalization;

namespace Mes.OpcUa.Encoding;

/// <summary>
/// Identifies a node in a server's address space: a namespace index and a numeric, string, GUID or opaque
/// identifier. The text form is the standard one: <c>i=2255</c>, <c>ns=1;s=Machine1.Speed</c>,
/// <c>ns=2;g=…</c>, <c>ns=1;b=base64</c>.
/// </summary>
public readonly struct NodeId : IEquatable<NodeId>
{
    private readonly object? _identifier;

    /// <summary>Creates a numeric node id.</summary>
    public NodeId(uint value, ushort namespaceIndex = 0)
    {
        NamespaceIndex = namespaceIndex;
        IdType = NodeIdType.Numeric;
        Numeric = value;
        _identifier = null;
    }

    /// <summary>Creates a string node id.</summary>
    public NodeId(string value, ushort namespaceIndex)
    {
        ArgumentNullException.ThrowIfNull(value);
        NamespaceIndex = namespaceIndex;
        IdType = NodeIdType.String;
        Numeric = 0;
        _identifier = value;
    }

    /// <summary>Creates a GUID node id.</summary>
    public NodeId(Guid value, ushort namespaceIndex)
    {
        NamespaceIndex = namespaceIndex;
        IdType = NodeIdType.Guid;
        Numeric = 0;
        _identifier = value;
    }

    /// <summary>Creates an opaque node id; the array is not copied.</summary>
    public NodeId(byte[] value, ushort namespaceIndex)
    {
        ArgumentNullException.ThrowIfNull(value);
        NamespaceIndex = namespaceIndex;
        IdType = NodeIdType.Opaque;
        Numeric = 0;
        _identifier = value;
    }

    /// <summary>The null node id (<c>i=0</c>).</summary>
    public static NodeId Null => default;

    /// <summary>The same identifier in another namespace (after the server renumbered its namespaces).</summary>
    public NodeId InNamespace(ushort namespaceIndex) => IdType switch
    {
        NodeIdType.Numeric => new NodeId(Numeric, namespaceIndex),
        NodeIdType.String => new NodeId((string)_identifier!, namespaceIndex),
        NodeIdType.Guid => new NodeId((Guid)_identifier!, namespaceIndex),
        _ => new NodeId((byte[])_identifier!, namespaceIndex),
    };

    /// <summary>The namespace index.</summary>
    public ushort NamespaceIndex { get; }

    /// <summary>The identifier kind.</summary>
    public NodeIdType IdType { get; }

    /// <summary>The numeric identifier (0 when the id is not numeric).</summary>
    public uint Numeric { get; }

    /// <summary>The string identifier, or null.</summary>
    public string? StringId => _identifier as string;

    /// <summary>The GUID identifier, or <see cref="System.Guid.Empty"/>.</summary>
    public Guid GuidId => _identifier is Guid g ? g : Guid.Empty;

    /// <summary>The opaque identifier, or null.</summary>
    public byte[]? OpaqueId => _identifier as byte[];

    /// <summary>True for the null node id (numeric 0 in namespace 0, or an empty identifier of another kind in namespace 0).</summary>
    public bool IsNull => NamespaceIndex == 0 && IdType switch
    {
        NodeIdType.Numeric => Numeric == 0,
        NodeIdType.String => string.IsNullOrEmpty(StringId),
        NodeIdType.Guid => GuidId == Guid.Empty,
        _ => OpaqueId is null || OpaqueId.Length == 0,
    };

    /// <summary>Converts a numeric id of namespace 0.</summary>
    public static implicit operator NodeId(uint value) => new(value);

    /// <summary>Parses the standard text form.</summary>
    /// <exception cref="FormatException">The text is not a node id.</exception>
    public static NodeId Parse(string text) =>
        TryParse(text, out var id) ? id : throw new FormatException($"'{text}' is not a node id (expected e.g. i=85, ns=1;s=Name, ns=1;g=GUID, ns=1;b=BASE64).");

    /// <summary>Parses the standard text form without throwing.</summary>
    public static bool TryParse(string? text, out NodeId id)
    {
        id = default;
        if (string.IsNullOrEmpty(text)) return false;
        ushort ns = 0;
        var rest = text.AsSpan();
        if (rest.StartsWith("ns=", StringComparison.Ordinal))
        {
            var semicolon = rest.IndexOf(';');
            if (semicolon < 0 || !ushort.TryParse(rest[3..semicolon], NumberStyles.None, CultureInfo.InvariantCulture, out ns)) return false;
            rest = rest[(semicolon + 1)..];
        }
        if (rest.Length < 2 || rest[1] != '=') return false;
        var value = rest[2..];
        switch (rest[0])
        {
            case 'i':
                if (!uint.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n)) return false;
                id = new NodeId(n, ns);
                return true;
            case 's':
                id = new NodeId(value.ToString(), ns);
                return true;
            case 'g':
                if (!Guid.TryParse(value, out var g)) return false;
                id = new NodeId(g, ns);
                return true;
            case 'b':
                var bytes = new byte[value.Length];
                if (!Convert.TryFromBase64Chars(value, bytes, out var written)) return false;
                id = new NodeId(bytes[..written], ns);
                return true;
            default:
                return false;
        }
    }

    /// <inheritdoc />
    public bool Equals(NodeId other)
    {
        if (NamespaceIndex != other.NamespaceIndex || IdType != other.IdType) return false;
        return IdType switch
        {
            NodeIdType.Numeric => Numeric == other.Numeric,
            NodeIdType.String => string.Equals(StringId, other.StringId, StringComparison.Ordinal),
            NodeIdType.Guid => GuidId == other.GuidId,
            _ => OpaqueId.AsSpan().SequenceEqual(other.OpaqueId),
        };
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is NodeId other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(NamespaceIndex);
        hash.Add(IdType);
        switch (IdType)
        {
            case NodeIdType.Numeric: hash.Add(Numeric); break;
            case NodeIdType.String: hash.Add(StringId, StringComparer.Ordinal); break;
            case NodeIdType.Guid: hash.Add(GuidId); break;
            default: hash.AddBytes(OpaqueId); break;
        }
        return hash.ToHashCode();
    }

    /// <summary>Value equality.</summary>
    public static bool operator ==(NodeId left, NodeId right) => left.Equals(right);

    /// <summary>Value inequality.</summary>
    public static bool operator !=(NodeId left, NodeId right) => !left.Equals(right);

    /// <inheritdoc />
    public override string ToString() =>
        NamespaceIndex == 0 ? IdentifierText() : string.Create(CultureInfo.InvariantCulture, $"ns={NamespaceIndex};{IdentifierText()}");

    /// <summary>The identifier part of the text form, without the namespace (e.g. <c>s=Speed</c>).</summary>
    internal string IdentifierText() => IdType switch
    {
        NodeIdType.Numeric => string.Create(CultureInfo.InvariantCulture, $"i={Numeric}"),
        NodeIdType.String => $"s={StringId}",
        NodeIdType.Guid => string.Create(CultureInfo.InvariantCulture, $"g={GuidId}"),
        _ => $"b={Convert.ToBase64String(OpaqueId ?? [])}",
    };
}

namespace Mes.OpcUa.Encoding;

/// <summary>
/// A structure carried inside a Variant or a service message: the id of its encoding and its body. A body whose
/// type this stack knows is decoded to an <see cref="IEncodeable"/>; any other body is kept as its raw bytes
/// (<see cref="Body"/> is <c>byte[]</c>) or XML text, and written back unchanged.
/// </summary>
public readonly record struct ExtensionObject
{
    /// <summary>Wraps a structure this stack can encode.</summary>
    public ExtensionObject(IEncodeable body)
    {
        ArgumentNullException.ThrowIfNull(body);
        TypeId = body.BinaryEncodingId;
        Encoding = ExtensionObjectEncoding.Binary;
        Body = body;
    }

    /// <summary>Wraps an opaque binary body of the given encoding id.</summary>
    public ExtensionObject(ExpandedNodeId typeId, byte[] binaryBody)
    {
        ArgumentNullException.ThrowIfNull(binaryBody);
        TypeId = typeId;
        Encoding = ExtensionObjectEncoding.Binary;
        Body = binaryBody;
    }

    /// <summary>Wraps an XML body of the given encoding id.</summary>
    public ExtensionObject(ExpandedNodeId typeId, XmlElement xmlBody)
    {
        TypeId = typeId;
        Encoding = ExtensionObjectEncoding.Xml;
        Body = xmlBody;
    }

    /// <summary>The id of the body's encoding (not of the data type).</summary>
    public ExpandedNodeId TypeId { get; }

    /// <summary>How the body is encoded.</summary>
    public ExtensionObjectEncoding Encoding { get; }

    /// <summary>The body: an <see cref="IEncodeable"/>, the raw bytes of an unknown binary body, an <see cref="XmlElement"/>, or null.</summary>
    public object? Body { get; }

    /// <summary>True when there is no body.</summary>
    public bool IsNull => Body is null;

    /// <summary>Equality that compares raw bodies by content.</summary>
    public bool Equals(ExtensionObject other) =>
        TypeId == other.TypeId && Encoding == other.Encoding &&
        (Body is byte[] a && other.Body is byte[] b ? a.AsSpan().SequenceEqual(b) : Equals(Body, other.Body));

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(TypeId, Encoding);
}

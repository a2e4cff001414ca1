namespace Mes.OpcUa.Encoding;

/// <summary>The kind of identifier a <see cref="NodeId"/> carries.</summary>
public enum NodeIdType : byte
{
    /// <summary>An unsigned 32-bit number (<c>i=</c>).</summary>
    Numeric,
    /// <summary>A string (<c>s=</c>).</summary>
    String,
    /// <summary>A GUID (<c>g=</c>).</summary>
    Guid,
    /// <summary>An opaque byte string (<c>b=</c>, base64 in text).</summary>
    Opaque,
}

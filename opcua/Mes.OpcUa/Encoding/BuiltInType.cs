namespace Mes.OpcUa.Encoding;

/// <summary>The 25 built-in types of UA Binary (Part 6 §5.1.2); the value is the type id used in a Variant mask.</summary>
public enum BuiltInType : byte
{
    /// <summary>No value.</summary>
    Null = 0,
    /// <summary>A one-byte boolean.</summary>
    Boolean = 1,
    /// <summary>A signed byte.</summary>
    SByte = 2,
    /// <summary>An unsigned byte.</summary>
    Byte = 3,
    /// <summary>A signed 16-bit integer.</summary>
    Int16 = 4,
    /// <summary>An unsigned 16-bit integer.</summary>
    UInt16 = 5,
    /// <summary>A signed 32-bit integer.</summary>
    Int32 = 6,
    /// <summary>An unsigned 32-bit integer.</summary>
    UInt32 = 7,
    /// <summary>A signed 64-bit integer.</summary>
    Int64 = 8,
    /// <summary>An unsigned 64-bit integer.</summary>
    UInt64 = 9,
    /// <summary>An IEEE single-precision float.</summary>
    Float = 10,
    /// <summary>An IEEE double-precision float.</summary>
    Double = 11,
    /// <summary>A UTF-8 string.</summary>
    String = 12,
    /// <summary>A UTC instant in 100 ns ticks since 1601.</summary>
    DateTime = 13,
    /// <summary>A 16-byte GUID.</summary>
    Guid = 14,
    /// <summary>A byte sequence.</summary>
    ByteString = 15,
    /// <summary>An XML fragment carried as a string.</summary>
    XmlElement = 16,
    /// <summary>A node identifier.</summary>
    NodeId = 17,
    /// <summary>A node identifier that may name a namespace URI and a server.</summary>
    ExpandedNodeId = 18,
    /// <summary>A status code.</summary>
    StatusCode = 19,
    /// <summary>A name qualified by a namespace index.</summary>
    QualifiedName = 20,
    /// <summary>A text with an optional locale.</summary>
    LocalizedText = 21,
    /// <summary>A structure identified by its encoding id.</summary>
    ExtensionObject = 22,
    /// <summary>A value with status and timestamps.</summary>
    DataValue = 23,
    /// <summary>A variant (only inside arrays).</summary>
    Variant = 24,
    /// <summary>Vendor diagnostics.</summary>
    DiagnosticInfo = 25,
}

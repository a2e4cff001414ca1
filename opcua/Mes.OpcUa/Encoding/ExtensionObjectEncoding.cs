namespace Mes.OpcUa.Encoding;

/// <summary>How the body of an <see cref="ExtensionObject"/> is encoded.</summary>
public enum ExtensionObjectEncoding : byte
{
    /// <summary>No body.</summary>
    None = 0,
    /// <summary>A UA Binary body.</summary>
    Binary = 1,
    /// <summary>An XML body.</summary>
    Xml = 2,
}

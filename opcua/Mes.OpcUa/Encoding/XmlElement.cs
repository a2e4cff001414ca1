namespace Mes.OpcUa.Encoding;

/// <summary>An XML fragment; UA Binary carries it as a UTF-8 string.</summary>
/// <param name="Xml">The XML text, or null.</param>
public readonly record struct XmlElement(string? Xml);

namespace Mes.OpcUa.Encoding;

/// <summary>A structure that knows its binary encoding id and how to write itself in UA Binary.</summary>
public interface IEncodeable
{
    /// <summary>The NodeId of the structure's <c>Default Binary</c> encoding (e.g. i=631 for ReadRequest).</summary>
    NodeId BinaryEncodingId { get; }

    /// <summary>Writes the structure's fields.</summary>
    void Encode(UaWriter writer);
}

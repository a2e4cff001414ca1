namespace Mes.OpcUa.Encoding;

/// <summary>Reads one element of an array from a <see cref="UaReader"/>.</summary>
public delegate T ElementDecoder<out T>(ref UaReader reader);

namespace Mes.OpcUa.Types;

/// <summary>Which references a browse follows.</summary>
public enum BrowseDirection
{
    /// <summary>Forward.</summary>
    Forward = 0,
    /// <summary>Inverse.</summary>
    Inverse = 1,
    /// <summary>Both.</summary>
    Both = 2,
    /// <summary>Invalid.</summary>
    Invalid = 3,
}

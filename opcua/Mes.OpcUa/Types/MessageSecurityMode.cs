namespace Mes.OpcUa.Types;

/// <summary>How messages on a secure channel are protected.</summary>
public enum MessageSecurityMode
{
    /// <summary>Invalid.</summary>
    Invalid = 0,
    /// <summary>None.</summary>
    None = 1,
    /// <summary>Sign.</summary>
    Sign = 2,
    /// <summary>SignAndEncrypt.</summary>
    SignAndEncrypt = 3,
}

namespace Mes.PlcSimulator.AddressSpace;

/// <summary>The result of a write or method call, named after the OPC UA status code the server returns for it.</summary>
public enum OperationStatus
{
    /// <summary>Good (0x00000000).</summary>
    Good,
    /// <summary>BadNotWritable (0x803B0000): the variable is read-only.</summary>
    BadNotWritable,
    /// <summary>BadTypeMismatch (0x80740000): the value or an argument has the wrong data type.</summary>
    BadTypeMismatch,
    /// <summary>BadOutOfRange (0x803C0000): the value is outside what the variable accepts.</summary>
    BadOutOfRange,
    /// <summary>BadInvalidState (0x80AF0000): the machine's state does not allow it now.</summary>
    BadInvalidState,
    /// <summary>BadInvalidArgument (0x80AB0000): an input argument is not acceptable.</summary>
    BadInvalidArgument,
    /// <summary>BadArgumentsMissing (0x80770000): fewer input arguments than the method takes.</summary>
    BadArgumentsMissing,
    /// <summary>BadTooManyArguments (0x80E50000): more input arguments than the method takes.</summary>
    BadTooManyArguments,
}

namespace Mes.PlcSimulator.AddressSpace;

/// <summary>
/// Receives the change feed of <see cref="ILineAddressSpace.DrainChanges"/>: the OPC UA adapter implements it to copy
/// new values into its server's nodes.
/// </summary>
public interface IVariableSink
{
    /// <summary>
    /// <paramref name="variable"/> has a new value since the previous drain; read it with the typed accessor that
    /// matches <see cref="VariableNode.DataType"/> (no boxing) and <see cref="VariableNode.SourceTimestamp"/>.
    /// Called under the simulation's lock: copy the value and return, do not call back into the address space.
    /// </summary>
    void OnChanged(VariableNode variable);
}

namespace Mes.PlcSimulator.Engine;

/// <summary>The published names of states and modes, made once so that publishing a state allocates nothing.</summary>
internal static class StateNames
{
    private static readonly string[] States = Enum.GetValues<PackMlState>().Select(s => s.ToString()).ToArray();
    private static readonly string[] Modes = Enum.GetValues<MachineMode>().Select(m => m.ToString()).ToArray();

    public static string Of(PackMlState state) => States[(int)state];

    public static string Of(MachineMode mode) => Modes[(int)mode];

    /// <summary>The OPC 40001 MachineryItemState word for a PackML state: a fault puts the machine out of service.</summary>
    public static string MachineryItemState(PackMlState state) => state switch
    {
        PackMlState.Execute => "Executing",
        PackMlState.Held or PackMlState.Aborting or PackMlState.Aborted or PackMlState.Clearing => "OutOfService",
        _ => "NotExecuting",
    };

    /// <summary>The OPC 40001 MachineryOperationMode word for a PackML unit mode.</summary>
    public static string MachineryOperationMode(MachineMode mode) => mode switch
    {
        MachineMode.Maintenance => "Maintenance",
        MachineMode.Manual => "Setup",
        _ => "Processing",
    };

    public static bool TryParseMode(string text, out MachineMode mode)
    {
        var index = Array.IndexOf(Modes, text);
        mode = index >= 0 ? (MachineMode)index : default;
        return index >= 0;
    }
}

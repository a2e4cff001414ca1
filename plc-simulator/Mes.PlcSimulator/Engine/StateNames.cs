namespace Mes.PlcSimulator.Engine;

/// <summary>The published names of states and modes, made once so that publishing a state allocates nothing.</summary>
internal static class StateNames
{
    private static readonly string[] States = Enum.GetValues<PackMlState>().Select(s => s.ToString()).ToArray();
    private static readonly string[] Modes = Enum.GetValues<MachineMode>().Select(m => m.ToString()).ToArray();

    public static string Of(PackMlState state) => States[(int)state];

    public static string Of(MachineMode mode) => Modes[(int)mode];

    public static bool TryParseMode(string text, out MachineMode mode)
    {
        var index = Array.IndexOf(Modes, text);
        mode = index >= 0 ? (MachineMode)index : default;
        return index >= 0;
    }
}

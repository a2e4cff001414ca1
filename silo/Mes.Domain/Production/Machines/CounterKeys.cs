namespace Mes.Domain.Production.Machines;

/// <summary>Counter keys follow the node-id suffixes of the plant conventions.</summary>
public static class CounterKeys
{
    /// <summary>"Slots.&lt;slot&gt;.Picks" or "Slots.&lt;slot&gt;.Mispicks".</summary>
    public static string ForSlot(string slot, SignalKind kind) =>
        kind == SignalKind.SlotPicks ? $"Slots.{slot}.Picks" : $"Slots.{slot}.Mispicks";
}

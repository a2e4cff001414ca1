using System.Text.RegularExpressions;

namespace Mes.PlcSimulator.Definition;

/// <summary>Reads the <c>slots</c> of a machine: slot, part, quantity per board, unit and mispick rate.</summary>
internal static partial class SlotReader
{
    public static IReadOnlyList<SlotDefinition> ReadAll(JsonObjectReader machine, int minimum)
    {
        var slots = new List<SlotDefinition>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (element, path) in machine.Array("slots", minimum, 200))
        {
            if (machine.Element(element, path) is not { } slot)
            {
                continue;
            }

            var name = slot.String("slot", SlotPattern(), "letters, digits, dashes or underscores (no dots)");
            if (name.Length > 0 && !names.Add(name))
            {
                slot.Error("slot", $"'{name}' appears twice");
            }

            var partNo = slot.String("partNo");
            var unit = slot.String("unit", fallback: SlotDefinition.Pieces);
            var qty = slot.Decimal("qtyPerBoard", NumberRule.Positive);
            if (unit == SlotDefinition.Pieces && qty != decimal.Truncate(qty))
            {
                slot.Error("qtyPerBoard", "must be a whole number of pieces");
            }

            var mispickRate = 0.0;
            if (unit == SlotDefinition.Pieces)
            {
                mispickRate = slot.Number("mispickRate", NumberRule.Between(0, 0.5), fallback: 0);
            }
            else if (slot.Has("mispickRate"))
            {
                slot.Error("mispickRate", "only slots of counted pieces (unit pcs) have mispicks");
            }

            slot.RejectUnknownFields();
            slots.Add(new SlotDefinition(name, partNo, qty, unit, mispickRate));
        }

        return slots;
    }

    /// <summary>Slot and step names end up inside node ids, where a dot would split them.</summary>
    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_-]*$")]
    internal static partial Regex SlotPattern();
}

using System.Globalization;
using Mes.Domain.Production.MasterData;

namespace Mes.Domain.Production.Machines;

/// <summary>
/// Turns OPC UA node ids and values into typed <see cref="MachineSignal"/>s, driven by the equipment
/// node mapping of the master data (<c>smt-01-placer-1.GoodCount</c> → workstation smt-01-placer-1,
/// GoodCount; <c>smt-01-placer-1.Slots.3.Picks</c> → SlotPicks of slot 3).
/// </summary>
public sealed class EquipmentNodeMap
{
    private const string SlotPlaceholder = "{slot}";

    private readonly Dictionary<string, SignalAddress> exact = new(StringComparer.Ordinal);
    private readonly List<(string Prefix, string Suffix, string WorkstationId, SignalKind Kind)> templates = [];

    /// <summary>Builds the map from the equipment of the master data.</summary>
    public EquipmentNodeMap(IEnumerable<Equipment> equipment)
    {
        ArgumentNullException.ThrowIfNull(equipment);
        foreach (var machine in equipment)
        {
            foreach (var (kind, nodeId) in machine.Nodes)
            {
                var slotAt = nodeId.IndexOf(SlotPlaceholder, StringComparison.Ordinal);
                if (slotAt >= 0)
                {
                    templates.Add((nodeId[..slotAt], nodeId[(slotAt + SlotPlaceholder.Length)..], machine.WorkstationId, kind));
                }
                else
                {
                    exact[nodeId] = new SignalAddress(machine.WorkstationId, kind, null);
                }
            }
        }
    }

    /// <summary>
    /// The address of a node id (bare string identifier or <c>ns=2;s=…</c>), or null when no equipment
    /// maps it.
    /// </summary>
    public SignalAddress? Resolve(string nodeId)
    {
        ArgumentNullException.ThrowIfNull(nodeId);
        var identifier = StringIdentifier(nodeId);
        if (exact.TryGetValue(identifier, out var address))
        {
            return address;
        }

        foreach (var (prefix, suffix, workstationId, kind) in templates)
        {
            if (identifier.Length > prefix.Length + suffix.Length
                && identifier.StartsWith(prefix, StringComparison.Ordinal)
                && identifier.EndsWith(suffix, StringComparison.Ordinal))
            {
                var slot = identifier[prefix.Length..^suffix.Length];
                if (!slot.Contains('.', StringComparison.Ordinal))
                {
                    return new SignalAddress(workstationId, kind, slot);
                }
            }
        }

        return null;
    }

    /// <summary>Decodes one value as it arrives in a data change (boxed OPC UA built-in type).</summary>
    public DecodedSignal Decode(string nodeId, object? value, DateTimeOffset sourceTime)
    {
        if (Resolve(nodeId) is not { } address)
        {
            return DecodedSignal.Failed($"node {nodeId} is not in the equipment node mapping");
        }

        var at = sourceTime.ToUniversalTime();
        var ws = address.WorkstationId;
        switch (address.Kind)
        {
            case SignalKind.State:
                var text = Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty;
                return PackMlStates.TryCanonical(text, out var state)
                    ? DecodedSignal.Of(new TextSignal(ws, SignalKind.State, state, at))
                    : DecodedSignal.Failed($"node {nodeId}: '{text}' is not a PackML state");
            case SignalKind.Mode or SignalKind.AlarmCode or SignalKind.AlarmText:
                return DecodedSignal.Of(new TextSignal(ws, address.Kind, Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty, at));
            case SignalKind.AlarmActive:
                return value is bool flag
                    ? DecodedSignal.Of(new FlagSignal(ws, SignalKind.AlarmActive, flag, at))
                    : DecodedSignal.Failed($"node {nodeId}: expected a Boolean, got {value ?? "null"}");
            default:
                return TryCount(value, out var count)
                    ? DecodedSignal.Of(new CounterSignal(ws, address.Kind, address.Slot, count, at))
                    : DecodedSignal.Failed($"node {nodeId}: expected a non-negative integer counter, got {value ?? "null"}");
        }
    }

    private static bool TryCount(object? value, out long count)
    {
        count = value switch
        {
            byte b => b,
            ushort us => us,
            uint ui => ui,
            sbyte sb => sb,
            short s => s,
            int i => i,
            long l => l,
            ulong ul when ul <= long.MaxValue => (long)ul,
            _ => -1,
        };
        return count >= 0;
    }

    private static string StringIdentifier(string nodeId)
    {
        var marker = nodeId.IndexOf(";s=", StringComparison.Ordinal);
        return nodeId.StartsWith("ns=", StringComparison.Ordinal) && marker > 0 ? nodeId[(marker + 3)..] : nodeId;
    }
}

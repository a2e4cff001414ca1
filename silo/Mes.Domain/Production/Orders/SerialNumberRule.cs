using System.Globalization;

namespace Mes.Domain.Production.Orders;

/// <summary>
/// The serial generator rule: <c>&lt;order no&gt;-&lt;sequence, five digits&gt;</c>, e.g. PO-2026-0001-00042.
/// Deterministic, so a retried issue yields the same serials, and readable back to its order.
/// Registered (pre-printed) serials need only be label-safe: 1–40 letters, digits, '-', '_', '.', '/'.
/// </summary>
public static class SerialNumberRule
{
    /// <summary>The largest sequence the five digits hold.</summary>
    public const int MaxSequence = 99_999;

    /// <summary>The serial for the <paramref name="sequence"/>-th unit (from 1) of an order.</summary>
    public static string Format(string orderNo, int sequence)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(sequence, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(sequence, MaxSequence);
        return string.Create(CultureInfo.InvariantCulture, $"{orderNo}-{sequence:D5}");
    }

    /// <summary>True when <paramref name="serial"/> can go on a label and into a grain key.</summary>
    public static bool IsLabelSafe(string? serial) =>
        serial is { Length: > 0 and <= 40 }
        && serial.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '/');
}

namespace Mes.Domain.Production.Machines;

/// <summary>
/// PackML (ISA-TR88.00.02) state names with their numeric codes, and the OPC 40001 MachineryItemState
/// words, so a machine may publish either the name or the number.
/// </summary>
public static class PackMlStates
{
    private static readonly string[] ByCode =
    [
        "Undefined", "Clearing", "Stopped", "Starting", "Idle", "Suspended", "Execute", "Stopping", "Aborting",
        "Aborted", "Holding", "Held", "Unholding", "Suspending", "Unsuspending", "Resetting", "Completing",
        "Complete",
    ];

    private static readonly string[] MachineryItemStates = ["NotAvailable", "OutOfService", "NotExecuting", "Executing"];

    /// <summary>The canonical name for a state name (any case) or PackML number; false when unknown.</summary>
    public static bool TryCanonical(string text, out string name)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        if (int.TryParse(trimmed, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var code))
        {
            var known = code >= 0 && code < ByCode.Length;
            name = known ? ByCode[code] : string.Empty;
            return known;
        }

        name = ByCode.Concat(MachineryItemStates)
            .FirstOrDefault(s => string.Equals(s, trimmed, StringComparison.OrdinalIgnoreCase)) ?? string.Empty;
        return name.Length > 0;
    }
}

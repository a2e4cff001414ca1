using System.Text.RegularExpressions;

namespace Mes.PlcSimulator.Definition;

/// <summary>What an alarm code looks like, in the line file and in InjectFault.</summary>
public static partial class AlarmCodes
{
    /// <summary>The rule in words, for refusals.</summary>
    public const string Rule = "1 to 32 capital letters, digits, dashes or underscores";

    /// <summary>True for a well-formed alarm code (<c>PNP-301</c>).</summary>
    public static bool IsValid(string code) => Pattern().IsMatch(code);

    [GeneratedRegex("^[A-Z0-9][A-Z0-9_-]{0,31}$")]
    internal static partial Regex Pattern();
}

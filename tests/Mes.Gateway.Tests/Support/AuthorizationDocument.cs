using Mes.Testing;

namespace Mes.Gateway.Tests.Support;

/// <summary>
/// The authorization matrix as designed: the table in docs/security/authorization.md, one row per
/// gRPC method, one column per caller (anonymous, then every role), ✓ allowed and ✗ refused.
/// </summary>
internal static class AuthorizationDocument
{
    public static string Path => System.IO.Path.Combine(Repository.Root, "docs", "security", "authorization.md");

    /// <summary>Method full name (e.g. <c>/mes.v1.Plant/GetWorkstation</c>) → caller → allowed.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, bool>> Read()
    {
        var lines = File.ReadAllLines(Path);
        var header = lines.First(l => l.StartsWith("| RPC |", StringComparison.Ordinal));
        var callers = Cells(header).Skip(1).ToList();
        var matrix = new Dictionary<string, IReadOnlyDictionary<string, bool>>();
        foreach (var line in lines.Where(l => l.StartsWith("| `/", StringComparison.Ordinal)))
        {
            var cells = Cells(line);
            matrix.Add(cells[0].Trim('`'), callers.Select((caller, i) => (caller, allowed: cells[i + 1] == "✓"))
                .ToDictionary(c => c.caller, c => c.allowed));
        }
        return matrix;
    }

    private static List<string> Cells(string row) => [.. row.Trim().Trim('|').Split('|').Select(c => c.Trim())];
}

namespace Mes.Domain.Production.MasterData.Import;

/// <summary>A value read from an import file, with the record it came from (for cross-reference errors).</summary>
public sealed record Located<T>(T Value, SourceRecord Source);

/// <summary>Checks shared by the readers.</summary>
internal static class LocatedChecks
{
    /// <summary>Reports each record whose key repeats an earlier one; returns the values.</summary>
    public static IReadOnlyList<T> Unique<T>(IReadOnlyList<Located<T>> items, Func<T, string> key, string field, string what)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var value = key(item.Value);
            if (value.Length > 0 && !seen.Add(value))
            {
                item.Source.Error(field, $"{what} {value} appears more than once");
            }
        }

        return items.Select(i => i.Value).ToList();
    }
}

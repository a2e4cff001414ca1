namespace Mes.Domain.Bonded.Declarations;

/// <summary>
/// The fields of a draft list line, in order, as both the CSV and the JSON export write them (CSV headers in
/// snake_case, JSON properties in camelCase). docs/bonded/declaration-lines.md documents each field.
/// </summary>
public static class DeclarationLineLayout
{
    /// <summary>The fields: name and value (a string, a whole number, a decimal, or null when absent).</summary>
    public static readonly IReadOnlyList<(string Name, Func<DeclarationLine, object?> Value)> Fields =
    [
        ("line_no", l => l.LineNo),
        ("movement", l => l.Movement.ToString()),
        ("item_kind", l => l.Item.KindCode.ToString()),
        ("item_no", l => l.Item.Sequence),
        ("status", l => l.Status.ToString()),
        ("part", l => l.Part.Value),
        ("hs_code", l => l.HsCode.Value),
        ("name", l => l.Name),
        ("specification", l => l.Specification),
        ("declared_unit", l => l.DeclaredUnit.Value),
        ("declared_quantity", l => l.DeclaredQuantity),
        ("first_legal_unit", l => l.FirstLegalUnit.Value),
        ("first_legal_quantity", l => l.FirstLegalQuantity),
        ("first_legal_factor", l => l.FirstLegalFactor),
        ("second_legal_unit", l => l.SecondLegalUnit?.Value),
        ("second_legal_quantity", l => l.SecondLegalQuantity),
        ("second_legal_factor", l => l.SecondLegalFactor),
        ("unit_price", l => l.UnitPrice),
        ("total_amount", l => l.TotalAmount),
        ("currency", l => l.Currency.Value),
        ("origin", l => l.Origin?.Value),
        ("norm_version", l => l.NormVersion),
    ];

    /// <summary>The camelCase JSON name of a snake_case field name.</summary>
    public static string JsonName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var parts = name.Split('_');
        return parts[0] + string.Concat(parts.Skip(1).Select(p => char.ToUpperInvariant(p[0]) + p[1..]));
    }
}

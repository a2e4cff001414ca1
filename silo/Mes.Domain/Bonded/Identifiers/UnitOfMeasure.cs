namespace Mes.Domain.Bonded.Identifiers;

/// <summary>
/// A unit of measure. Declared and legal units of an account book use the customs numeric unit codes
/// (计量单位代码, three digits: <c>007</c> 个 piece, <c>035</c> 千克 kg, <c>036</c> 克 g, <c>054</c> 千个 thousand pieces);
/// stock units are the plant's own symbols (<c>pcs</c>, <c>g</c>).
/// </summary>
public readonly record struct UnitOfMeasure
{
    private readonly string? value;

    /// <exception cref="FormatException">Empty, longer than 16 characters, or not printable ASCII without spaces.</exception>
    public UnitOfMeasure(string value) => this.value = CodeRules.Token(value, "unit of measure", 16);

    /// <summary>The unit code or symbol.</summary>
    public string Value => value ?? string.Empty;

    /// <summary>True for a three-digit customs unit code, the only kind a declaration accepts.</summary>
    public bool IsCustomsCode => Value.Length == 3 && Value.All(char.IsAsciiDigit);

    /// <inheritdoc />
    public override string ToString() => Value;
}

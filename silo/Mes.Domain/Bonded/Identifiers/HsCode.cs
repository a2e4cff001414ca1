namespace Mes.Domain.Bonded.Identifiers;

/// <summary>A ten-digit Chinese tariff code (商品编码 <c>Gdecd</c>), e.g. <c>8542319000</c>.</summary>
public readonly record struct HsCode
{
    private readonly string? value;

    /// <exception cref="FormatException">The text does not have the form described above.</exception>
    public HsCode(string value) => this.value = CodeRules.Digits(value, "HS code", 10, 10);

    /// <summary>The code as written.</summary>
    public string Value => value ?? string.Empty;

    /// <inheritdoc />
    public override string ToString() => Value;
}

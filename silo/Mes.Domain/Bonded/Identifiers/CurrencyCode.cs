namespace Mes.Domain.Bonded.Identifiers;

/// <summary>A currency in the customs numeric code table (币制 <c>DclCurrcd</c>), e.g. <c>502</c> US dollar, <c>142</c> renminbi.</summary>
public readonly record struct CurrencyCode
{
    private readonly string? value;

    /// <exception cref="FormatException">The text does not have the form described above.</exception>
    public CurrencyCode(string value) => this.value = CodeRules.Digits(value, "currency code", 3, 3);

    /// <summary>The code as written.</summary>
    public string Value => value ?? string.Empty;

    /// <inheritdoc />
    public override string ToString() => Value;
}

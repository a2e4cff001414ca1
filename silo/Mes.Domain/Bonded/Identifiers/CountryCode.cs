namespace Mes.Domain.Bonded.Identifiers;

/// <summary>A country or region in the customs numeric code table (国别 <c>Natcd</c>), e.g. <c>142</c> China, <c>116</c> Japan.</summary>
public readonly record struct CountryCode
{
    private readonly string? value;

    /// <exception cref="FormatException">The text does not have the form described above.</exception>
    public CountryCode(string value) => this.value = CodeRules.Digits(value, "country code", 3, 3);

    /// <summary>The code as written.</summary>
    public string Value => value ?? string.Empty;

    /// <inheritdoc />
    public override string ToString() => Value;
}

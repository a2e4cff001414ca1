namespace Mes.Domain.Bonded.Identifiers;

/// <summary>A customs office (关区代码, four digits), e.g. the supervising office of a book (<c>masterCuscd</c>).</summary>
public readonly record struct CustomsOfficeCode
{
    private readonly string? value;

    /// <exception cref="FormatException">The text does not have the form described above.</exception>
    public CustomsOfficeCode(string value) => this.value = CodeRules.Digits(value, "customs office code", 4, 4);

    /// <summary>The code as written.</summary>
    public string Value => value ?? string.Empty;

    /// <inheritdoc />
    public override string ToString() => Value;
}

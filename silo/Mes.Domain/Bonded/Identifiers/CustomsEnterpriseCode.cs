namespace Mes.Domain.Bonded.Identifiers;

/// <summary>The ten-character customs registration code of an enterprise (海关编码, e.g. <c>BizopEtpsno</c>).</summary>
public readonly record struct CustomsEnterpriseCode
{
    private readonly string? value;

    /// <exception cref="FormatException">The text does not have the form described above.</exception>
    public CustomsEnterpriseCode(string value) => this.value = CodeRules.UpperAlphanumeric(value, "customs enterprise code", 10, 10);

    /// <summary>The code as written.</summary>
    public string Value => value ?? string.Empty;

    /// <inheritdoc />
    public override string ToString() => Value;
}

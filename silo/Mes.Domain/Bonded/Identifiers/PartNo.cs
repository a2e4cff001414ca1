namespace Mes.Domain.Bonded.Identifiers;

/// <summary>Part number of the physical ledger (料号 <c>GdsMtno</c>), e.g. <c>PCB-GW100</c>; the key of the part-to-item mapping.</summary>
public readonly record struct PartNo
{
    private readonly string? value;

    /// <exception cref="FormatException">Empty, longer than 64 characters, or not printable ASCII without spaces.</exception>
    public PartNo(string value) => this.value = CodeRules.Token(value, "part no.", 64);

    /// <summary>The number as written.</summary>
    public string Value => value ?? string.Empty;

    /// <inheritdoc />
    public override string ToString() => Value;
}

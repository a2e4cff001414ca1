namespace Mes.Domain.Bonded.Identifiers;

/// <summary>A physical lot or reel. A lot is either bonded or non-bonded, never both, and remembers the document line that brought it in.</summary>
public readonly record struct LotNo
{
    private readonly string? value;

    /// <exception cref="FormatException">Empty, longer than 64 characters, or not printable ASCII without spaces.</exception>
    public LotNo(string value) => this.value = CodeRules.Token(value, "lot no.", 64);

    /// <summary>The number as written.</summary>
    public string Value => value ?? string.Empty;

    /// <inheritdoc />
    public override string ToString() => Value;
}

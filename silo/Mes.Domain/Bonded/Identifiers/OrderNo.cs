namespace Mes.Domain.Bonded.Identifiers;

/// <summary>A production order number; consumption and finished goods cite the order they were booked for.</summary>
public readonly record struct OrderNo
{
    private readonly string? value;

    /// <exception cref="FormatException">Empty, longer than 64 characters, or not printable ASCII without spaces.</exception>
    public OrderNo(string value) => this.value = CodeRules.Token(value, "order no.", 64);

    /// <summary>The number as written.</summary>
    public string Value => value ?? string.Empty;

    /// <inheritdoc />
    public override string ToString() => Value;
}

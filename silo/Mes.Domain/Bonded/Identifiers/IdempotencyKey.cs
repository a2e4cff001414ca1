namespace Mes.Domain.Bonded.Identifiers;

/// <summary>
/// The caller's key for one posting. A command repeated with the same key and payload is answered with
/// the entries it produced the first time; the same key with another payload is refused.
/// </summary>
public readonly record struct IdempotencyKey
{
    private readonly string? value;

    /// <exception cref="FormatException">Empty, longer than 128 characters, or not printable ASCII without spaces.</exception>
    public IdempotencyKey(string value) => this.value = CodeRules.Token(value, "idempotency key", 128);

    /// <summary>The key as given.</summary>
    public string Value => value ?? string.Empty;

    /// <inheritdoc />
    public override string ToString() => Value;
}

namespace Mes.Domain.Bonded.Identifiers;

/// <summary>
/// The customs filing number of an account book (备案编号 <c>PutrecNo</c>), twelve capital letters and
/// digits starting with the book-type letter, e.g. <c>T3111W000076</c> or <c>H51082500001</c>.
/// </summary>
public readonly record struct AccountBookNo
{
    private readonly string? value;

    /// <exception cref="FormatException">The text is not a twelve-character book number.</exception>
    public AccountBookNo(string value)
    {
        CodeRules.UpperAlphanumeric(value, "account book no.", 12, 12);
        if (!char.IsAsciiLetterUpper(value[0]))
        {
            throw new FormatException($"The account book no. '{value}' must start with the book-type letter.");
        }

        this.value = value;
    }

    /// <summary>The number as filed.</summary>
    public string Value => value ?? string.Empty;

    /// <inheritdoc />
    public override string ToString() => Value;
}

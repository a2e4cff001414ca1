namespace Mes.Domain.Bonded.Identifiers;

/// <summary>
/// The eighteen-character unified social credit code of an enterprise (统一社会信用代码, GB 32100-2015),
/// checked with its mod-31 check character so that a mistyped code is refused before it reaches a filing.
/// </summary>
public readonly record struct SocialCreditCode
{
    // The code alphabet leaves out I, O, Z, S and V; a character's value is its position here.
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    private readonly string? value;

    /// <exception cref="FormatException">Wrong length, a character outside the code alphabet, or a wrong check character.</exception>
    public SocialCreditCode(string value)
    {
        CodeRules.Require(value, "social credit code", 18, 18, static c => Alphabet.Contains(c, StringComparison.Ordinal),
            "digits and the capital letters of the code alphabet (no I, O, Z, S, V)");
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += Alphabet.IndexOf(value[i], StringComparison.Ordinal) * Weights[i];
        }

        var expected = Alphabet[(31 - (sum % 31)) % 31];
        if (value[17] != expected)
        {
            throw new FormatException($"The social credit code '{value}' fails its check character (expected '{expected}').");
        }

        this.value = value;
    }

    /// <summary>The code as registered.</summary>
    public string Value => value ?? string.Empty;

    /// <inheritdoc />
    public override string ToString() => Value;
}

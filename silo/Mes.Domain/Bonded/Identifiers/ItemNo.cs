using System.Globalization;

namespace Mes.Domain.Bonded.Identifiers;

/// <summary>
/// A line of the account book (项号): the table (I material or E finished good) and the filed sequence
/// number (备案序号 <c>PutrecSeqno</c>). Written <c>I12</c> or <c>E1</c>; the two tables number separately.
/// </summary>
public readonly record struct ItemNo : IComparable<ItemNo>
{
    /// <summary>The largest filed sequence number the customs message accepts (19 digits would overflow; books stay far below).</summary>
    public const int MaxSequence = 99_999_999;

    /// <exception cref="FormatException">The sequence number is not between 1 and <see cref="MaxSequence"/>.</exception>
    public ItemNo(ItemKind kind, int sequence)
    {
        if (sequence is < 1 or > MaxSequence)
        {
            throw new FormatException(FormattableString.Invariant(
                $"The item sequence number {sequence} is outside 1..{MaxSequence}."));
        }

        if (!Enum.IsDefined(kind))
        {
            throw new FormatException($"The item kind '{kind}' is not I or E.");
        }

        Kind = kind;
        Sequence = sequence;
    }

    /// <summary>Material (I) or finished good (E).</summary>
    public ItemKind Kind { get; }

    /// <summary>The filed sequence number within its table.</summary>
    public int Sequence { get; }

    /// <summary>The one-letter table code the customs messages use: <c>I</c> or <c>E</c>.</summary>
    public char KindCode => Kind == ItemKind.Material ? 'I' : 'E';

    /// <summary>Reads <c>I12</c> / <c>E1</c>.</summary>
    /// <exception cref="FormatException">The text is not a table letter followed by a sequence number.</exception>
    public static ItemNo Parse(string? text)
    {
        if (string.IsNullOrEmpty(text) || text.Length < 2)
        {
            throw new FormatException($"The item no. '{text}' is not I or E followed by the sequence number.");
        }

        var kind = text[0] switch
        {
            'I' => ItemKind.Material,
            'E' => ItemKind.FinishedGood,
            _ => throw new FormatException($"The item no. '{text}' must start with I (material) or E (finished good)."),
        };
        var digits = text.AsSpan(1);
        foreach (var c in digits)
        {
            if (!char.IsAsciiDigit(c))
            {
                throw new FormatException($"The item no. '{text}' has a non-digit sequence number.");
            }
        }

        if (digits.Length > 8 || digits[0] == '0')
        {
            throw new FormatException($"The item no. '{text}' needs a sequence number from 1 to {MaxSequence.ToString(CultureInfo.InvariantCulture)}.");
        }

        return new ItemNo(kind, int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture));
    }

    /// <inheritdoc />
    public int CompareTo(ItemNo other) =>
        Kind != other.Kind ? Kind.CompareTo(other.Kind) : Sequence.CompareTo(other.Sequence);

    /// <inheritdoc />
    public override string ToString() => KindCode + Sequence.ToString(CultureInfo.InvariantCulture);
}

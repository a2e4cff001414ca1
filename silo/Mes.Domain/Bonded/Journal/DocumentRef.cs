using System.Globalization;
using Mes.Domain.Bonded.Identifiers;

namespace Mes.Domain.Bonded.Journal;

/// <summary>A reference to a document, and to one of its lines where the document has lines.</summary>
public sealed record DocumentRef
{
    /// <exception cref="FormatException">An empty or malformed number, or a line below 1.</exception>
    public DocumentRef(DocumentType type, string number, int? line = null)
    {
        if (!Enum.IsDefined(type))
        {
            throw new FormatException($"The document type '{type}' is unknown.");
        }

        if (line is < 1)
        {
            throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"Document line {line} of {number} must be 1 or more."));
        }

        Type = type;
        Number = CodeRules.Token(number, "document number", 64);
        Line = line;
    }

    /// <summary>The kind of document.</summary>
    public DocumentType Type { get; }

    /// <summary>The document number (for an inventory list the 18-character list number or the enterprise's internal number).</summary>
    public string Number { get; }

    /// <summary>The line of the document, when the entry stems from one line.</summary>
    public int? Line { get; }

    /// <inheritdoc />
    public override string ToString() => Line is { } line
        ? string.Create(CultureInfo.InvariantCulture, $"{Type}:{Number}#{line}")
        : $"{Type}:{Number}";
}

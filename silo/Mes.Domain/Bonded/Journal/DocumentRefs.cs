using System.Collections.Immutable;

namespace Mes.Domain.Bonded.Journal;

/// <summary>The documents an entry cites, in the order given, compared by content.</summary>
public sealed class DocumentRefs : IEquatable<DocumentRefs>
{
    /// <summary>No document.</summary>
    public static readonly DocumentRefs None = new([]);

    private DocumentRefs(ImmutableArray<DocumentRef> items) => Items = items;

    /// <summary>The documents.</summary>
    public ImmutableArray<DocumentRef> Items { get; }

    /// <summary>Copies the given documents.</summary>
    public static DocumentRefs Of(IEnumerable<DocumentRef>? documents) =>
        documents is null ? None : new([.. documents]);

    /// <summary>The first document of a type, if any.</summary>
    public DocumentRef? First(DocumentType type) => Items.FirstOrDefault(d => d.Type == type);

    /// <inheritdoc />
    public bool Equals(DocumentRefs? other) => other is not null && Items.SequenceEqual(other.Items);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as DocumentRefs);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (var item in Items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    /// <inheritdoc />
    public override string ToString() => string.Join(" ", Items);
}

namespace Mes.Contracts.Bonded;

/// <summary>A report or read of an account book, or why it could not be given (an unknown book, a malformed query).</summary>
[GenerateSerializer, Immutable, Alias("mes.bonded.book-answer`1")]
public sealed record BookAnswer<T>([property: Id(0)] T? Value, [property: Id(1)] PostingRefusal? Refusal)
    where T : class
{
    /// <summary>The value.</summary>
    public static BookAnswer<T> Of(T value) => new(value, null);

    /// <summary>A refusal.</summary>
    public static BookAnswer<T> Refused(PostingRefusal refusal) => new(null, refusal);
}

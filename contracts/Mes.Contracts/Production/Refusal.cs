namespace Mes.Contracts.Production;

/// <summary>
/// Why the silo did not do what was asked. Nothing was written when a request is refused.
/// </summary>
/// <param name="Kind">Which kind of refusal (rule, malformed input, unknown id, conflict).</param>
/// <param name="Reason">The stable reason code in upper snake case, e.g. <c>WRONG_PART</c>; terminals and
/// integrations branch on it.</param>
/// <param name="Code">The stable numeric code of the reason (e.g. 203), 0 when it has none.</param>
/// <param name="Field">The request field (or master-data field) concerned.</param>
/// <param name="Message">Plain words for the line worker.</param>
[GenerateSerializer, Immutable, Alias("mes.production.refusal")]
public sealed record Refusal(
    [property: Id(0)] RefusalKind Kind,
    [property: Id(1)] string Reason,
    [property: Id(2)] int Code,
    [property: Id(3)] string Field,
    [property: Id(4)] string Message)
{
    /// <summary>Every malformed field, when there are several (a master-data import lists them all).</summary>
    [Id(5)]
    public IReadOnlyList<FieldViolation> Violations { get; init; } = [];

    /// <summary>For <see cref="RefusalKind.NotFound"/>: the kind of thing not found, e.g. <c>lot</c>.</summary>
    [Id(6)]
    public string? ResourceType { get; init; }

    /// <summary>For <see cref="RefusalKind.NotFound"/>: the id that names nothing.</summary>
    [Id(7)]
    public string? ResourceName { get; init; }

    /// <summary>The id <paramref name="name"/> of a <paramref name="resourceType"/> names nothing.</summary>
    public static Refusal NotFound(string resourceType, string name, string field) =>
        new(RefusalKind.NotFound, "NOT_FOUND", 0, field, $"{Capitalised(resourceType)} {name} does not exist.")
        {
            ResourceType = resourceType,
            ResourceName = name,
        };

    /// <summary>The request's <paramref name="field"/> is malformed or out of range.</summary>
    public static Refusal Invalid(string field, string message) =>
        new(RefusalKind.Invalid, "INVALID_ARGUMENT", 0, field, message)
        {
            Violations = new[] { new FieldViolation(field, message) },
        };

    private static string Capitalised(string word) =>
        word.Length == 0 ? word : string.Concat(word[..1].ToUpperInvariant(), word[1..]);
}

namespace Mes.Contracts.Production;

/// <summary>One field of a malformed request and what is wrong with it.</summary>
/// <param name="Field">The field's path, e.g. <c>quantity</c> or <c>materials.csv[row 3].msdLevel</c>.</param>
/// <param name="Description">What is wrong, in plain words.</param>
[GenerateSerializer, Immutable, Alias("mes.production.field-violation")]
public sealed record FieldViolation(
    [property: Id(0)] string Field,
    [property: Id(1)] string Description);

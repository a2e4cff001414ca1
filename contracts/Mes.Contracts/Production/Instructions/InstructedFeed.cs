namespace Mes.Contracts.Production.Instructions;

/// <summary>A BOM line fed at the workstation: which part goes into which slot.</summary>
/// <param name="Slot">The slot (<c>1</c>, <c>paste</c>, <c>bin-1</c>).</param>
/// <param name="PartNo">The part.</param>
/// <param name="Description">The part's description.</param>
/// <param name="Unit">The part's unit of measure.</param>
/// <param name="QtyPer">Quantity per unit.</param>
/// <param name="ReferenceDesignators">Where on the board.</param>
[GenerateSerializer, Immutable, Alias("mes.production.instructed-feed")]
public sealed record InstructedFeed(
    [property: Id(0)] string Slot,
    [property: Id(1)] string PartNo,
    [property: Id(2)] string Description,
    [property: Id(3)] string Unit,
    [property: Id(4)] decimal QtyPer,
    [property: Id(5)] IReadOnlyList<string> ReferenceDesignators);

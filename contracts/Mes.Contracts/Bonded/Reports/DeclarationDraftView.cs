namespace Mes.Contracts.Bonded.Reports;

/// <summary>The draft inventory-list lines for the exports, domestic sales and carry-overs out booked against one document.</summary>
[GenerateSerializer, Immutable, Alias("mes.bonded.declaration-draft")]
public sealed record DeclarationDraftView([property: Id(0)] string Book, [property: Id(1)] string Document, [property: Id(2)] IReadOnlyList<DeclarationLineView> Lines);

namespace Mes.Contracts.Bonded;

/// <summary>A document a movement rests on, and one of its lines where it has lines.</summary>
/// <param name="Type">
/// <c>InventoryVerificationList</c>, <c>CustomsDeclaration</c>, <c>GatePass</c>, <c>CarryOverApplication</c>,
/// <c>OutwardProcessingNote</c>, <c>CustomsApproval</c>, <c>StockTakeSheet</c>, <c>QualityReport</c> or <c>CorrectionVoucher</c>.
/// </param>
/// <param name="Number">The document number.</param>
/// <param name="Line">The line, from 1, or null.</param>
[GenerateSerializer, Immutable, Alias("mes.bonded.document-reference")]
public sealed record DocumentReference(
    [property: Id(0)] string Type,
    [property: Id(1)] string Number,
    [property: Id(2)] int? Line = null);

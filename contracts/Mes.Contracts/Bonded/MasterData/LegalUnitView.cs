namespace Mes.Contracts.Bonded.MasterData;

/// <summary>A legal unit (three-digit customs code) and its factor: legal units per declared unit.</summary>
[GenerateSerializer, Immutable, Alias("mes.bonded.legal-unit")]
public sealed record LegalUnitView([property: Id(0)] string Unit, [property: Id(1)] decimal Factor);

namespace Mes.Contracts.Bonded.MasterData;

/// <summary>An enterprise as customs names it.</summary>
[GenerateSerializer, Immutable, Alias("mes.bonded.enterprise")]
public sealed record EnterpriseView([property: Id(0)] string Name, [property: Id(1)] string CreditCode, [property: Id(2)] string CustomsCode);

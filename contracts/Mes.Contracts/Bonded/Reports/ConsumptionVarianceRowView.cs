namespace Mes.Contracts.Bonded.Reports;

/// <summary>Actual against declared consumption of one material for one order.</summary>
[GenerateSerializer, Immutable, Alias("mes.bonded.consumption-variance-row")]
public sealed record ConsumptionVarianceRowView(
    [property: Id(0)] string Order,
    [property: Id(1)] string Product,
    [property: Id(2)] int NormVersion,
    [property: Id(3)] decimal Produced,
    [property: Id(4)] string Material,
    [property: Id(5)] string DeclaredUnit,
    [property: Id(6)] decimal Declared,
    [property: Id(7)] decimal Actual,
    [property: Id(8)] decimal Variance,
    [property: Id(9)] decimal? VariancePercent,
    [property: Id(10)] bool OutsideTolerance);

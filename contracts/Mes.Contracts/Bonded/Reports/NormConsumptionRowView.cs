namespace Mes.Contracts.Bonded.Reports;

/// <summary>A line of the norm write-off table: production under a norm version and the bonded consumption booked.</summary>
[GenerateSerializer, Immutable, Alias("mes.bonded.norm-consumption-row")]
public sealed record NormConsumptionRowView(
    [property: Id(0)] string Product,
    [property: Id(1)] int NormVersion,
    [property: Id(2)] string Material,
    [property: Id(3)] decimal Produced,
    [property: Id(4)] decimal Net,
    [property: Id(5)] decimal TangibleLossPercent,
    [property: Id(6)] decimal IntangibleLossPercent,
    [property: Id(7)] decimal Gross,
    [property: Id(8)] decimal BondedSharePercent,
    [property: Id(9)] decimal Consumed,
    [property: Id(10)] decimal NetConsumption,
    [property: Id(11)] decimal TheoreticalLoss,
    [property: Id(12)] decimal TheoreticalScrap);

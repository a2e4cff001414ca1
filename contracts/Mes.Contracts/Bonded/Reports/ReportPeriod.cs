namespace Mes.Contracts.Bonded.Reports;

/// <summary>A half-open window [From, To) of posting times.</summary>
[GenerateSerializer, Immutable, Alias("mes.bonded.report-period")]
public sealed record ReportPeriod([property: Id(0)] DateTimeOffset From, [property: Id(1)] DateTimeOffset To);

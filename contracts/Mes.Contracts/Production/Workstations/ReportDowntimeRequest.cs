namespace Mes.Contracts.Production.Workstations;

/// <summary>The operator gives the reason for a downtime.</summary>
/// <param name="RequestId">Client-supplied id; a retry with the same id changes nothing twice.</param>
/// <param name="ReasonCode">A downtime reason code of the master data, e.g. <c>JAM</c>.</param>
[GenerateSerializer, Immutable, Alias("mes.production.report-downtime")]
public sealed record ReportDowntimeRequest([property: Id(0)] string RequestId, [property: Id(1)] string ReasonCode);

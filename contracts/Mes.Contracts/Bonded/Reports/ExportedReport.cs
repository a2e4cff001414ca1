namespace Mes.Contracts.Bonded.Reports;

/// <summary>An exported report: its media type (<c>text/csv</c>, <c>application/json</c>) and text, exactly as the domain writes it.</summary>
[GenerateSerializer, Immutable, Alias("mes.bonded.exported-report")]
public sealed record ExportedReport([property: Id(0)] string ContentType, [property: Id(1)] string Text);

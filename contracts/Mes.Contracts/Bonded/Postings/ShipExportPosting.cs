namespace Mes.Contracts.Bonded.Postings;

/// <summary>Finished goods exported, or materials returned abroad, on an export inventory list.</summary>
[GenerateSerializer, Immutable, Alias("mes.bonded.ship-export")]
public sealed record ShipExportPosting : OutboundPosting;

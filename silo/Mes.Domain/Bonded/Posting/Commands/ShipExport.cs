namespace Mes.Domain.Bonded.Posting.Commands;

/// <summary>Finished goods exported, or materials returned or re-exported, on an export inventory list.</summary>
public sealed record ShipExport : OutboundCommand;

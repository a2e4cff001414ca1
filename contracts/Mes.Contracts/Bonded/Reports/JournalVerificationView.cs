namespace Mes.Contracts.Bonded.Reports;

/// <summary>The journal as read from PostgreSQL, re-hashed: how many entries were checked and the first broken one.</summary>
[GenerateSerializer, Immutable, Alias("mes.bonded.journal-verification")]
public sealed record JournalVerificationView(
    [property: Id(0)] bool Intact,
    [property: Id(1)] long EntriesChecked,
    [property: Id(2)] BrokenEntryView? FirstBroken);

namespace Mes.Domain.Bonded.Posting.Rules;

/// <summary>Builds refusals.</summary>
internal static class Refuse
{
    public static PostingDecision.Refused Because(LedgerRule rule, string? field, string message) => new(rule, message, field);
}

namespace Mes.Domain.Production.Decisions;

/// <summary>
/// A refused command: the stable <paramref name="Reason"/>, the <paramref name="Field"/> of the command
/// (or master data) it concerns, and a <paramref name="Message"/> in plain words that the terminal shows
/// to a line worker.
/// </summary>
public sealed record Refusal(RefusalReason Reason, string Field, string Message)
{
    /// <summary>The stable numeric code of <see cref="Reason"/>.</summary>
    public int Code => (int)Reason;
}

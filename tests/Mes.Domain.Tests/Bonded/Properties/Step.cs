namespace Mes.Domain.Tests.Bonded.Properties;

/// <summary>
/// One random step of a book's history: which operation, on which part, how much, which lot or entry to pick
/// and how long after the previous step. The interpreter turns it into a command against the current state.
/// </summary>
internal readonly record struct Step(StepOperation Operation, int Part, int Amount, int Pick, int Minutes)
{
    public override string ToString() =>
        FormattableString.Invariant($"{Operation}(part {Part}, amount {Amount}, pick {Pick}, +{Minutes} min)");
}

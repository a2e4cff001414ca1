using Mes.Domain.Bonded.Quantities;

namespace Mes.Domain.Bonded.Journal;

/// <summary>The basis of the duty a domestic sale pays: how it is taxed and the dutiable value (计征金额).</summary>
public sealed record DutyBasis(DutyTreatment Treatment, Money DutiableValue);

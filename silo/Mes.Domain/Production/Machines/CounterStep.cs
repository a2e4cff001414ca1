namespace Mes.Domain.Production.Machines;

/// <summary>
/// The outcome of one counter reading: how many units it adds (never negative), whether it was a reset or
/// a gap, and the reading to keep. <see cref="Ignored"/> is true for a reading that is not newer than the
/// last one (a replayed batch), which must add nothing.
/// </summary>
public sealed record CounterStep(long Delta, CounterDiscontinuity Discontinuity, CounterReading Reading, bool Ignored);

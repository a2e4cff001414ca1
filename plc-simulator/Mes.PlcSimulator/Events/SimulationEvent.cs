using System.Text.Json.Serialization;

namespace Mes.PlcSimulator.Events;

/// <summary>
/// Something that happened on a machine, at a simulated time. The same seed, line file and .NET version give the
/// same sequence of events, which is what the determinism tests compare. Written one per line by
/// <see cref="JsonLinesEventWriter"/> with the type name in <c>type</c>.
/// </summary>
/// <param name="At">Simulated time, UTC.</param>
/// <param name="Machine">Workstation id (<c>smt-01-placer-1</c>).</param>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(StateChanged), nameof(StateChanged))]
[JsonDerivedType(typeof(ModeChanged), nameof(ModeChanged))]
[JsonDerivedType(typeof(CommandAccepted), nameof(CommandAccepted))]
[JsonDerivedType(typeof(UnitStarted), nameof(UnitStarted))]
[JsonDerivedType(typeof(UnitCompleted), nameof(UnitCompleted))]
[JsonDerivedType(typeof(UnitMeasured), nameof(UnitMeasured))]
[JsonDerivedType(typeof(MaterialConsumed), nameof(MaterialConsumed))]
[JsonDerivedType(typeof(FaultRaised), nameof(FaultRaised))]
[JsonDerivedType(typeof(FaultCleared), nameof(FaultCleared))]
[JsonDerivedType(typeof(ProgramLoaded), nameof(ProgramLoaded))]
[JsonDerivedType(typeof(SetpointChanged), nameof(SetpointChanged))]
public abstract record SimulationEvent(
    [property: JsonPropertyOrder(-2)] DateTimeOffset At,
    [property: JsonPropertyOrder(-1)] string Machine);

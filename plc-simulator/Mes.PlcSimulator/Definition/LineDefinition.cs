namespace Mes.PlcSimulator.Definition;

/// <summary>
/// One SMT line as the line file describes it: the machines in route order, each with its own infeed buffer,
/// and what the boards are called. <see cref="LineFile"/> builds it only from a file that passed validation.
/// </summary>
/// <param name="LineId">The line id, <c>&lt;area&gt;-NN</c> (<c>smt-01</c>); copies renumber NN.</param>
/// <param name="Name">Display name.</param>
/// <param name="Product">Product number of the boards the line builds.</param>
/// <param name="Program">Program every machine has loaded at start.</param>
/// <param name="SerialPrefix">Serials are <c>&lt;prefix&gt;-&lt;line number&gt;-&lt;sequence&gt;</c>.</param>
/// <param name="AutoStart">Whether every machine is started when the simulation begins.</param>
/// <param name="OrderQuantity">Boards the first machine loads before the line completes; null runs without end.</param>
/// <param name="Machines">The machines in route order.</param>
public sealed record LineDefinition(
    string LineId,
    string Name,
    string Product,
    string Program,
    string SerialPrefix,
    bool AutoStart,
    int? OrderQuantity,
    IReadOnlyList<MachineDefinition> Machines);

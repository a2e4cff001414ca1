namespace Mes.PlcSimulator.Definition;

/// <summary>
/// One machine of a line. Times are in seconds. The process section that matches <see cref="Type"/> is set
/// and the others are null.
/// </summary>
/// <param name="Id">Machine id within the line (<c>placer-1</c>); the workstation id is <c>&lt;line&gt;-&lt;id&gt;</c>.</param>
/// <param name="Type">What kind of machine it is.</param>
/// <param name="Name">Display name.</param>
/// <param name="IdealCycleTime">The fastest possible time per board (the OEE performance reference).</param>
/// <param name="CycleTimeVariation">Spread of the actual cycle time above the ideal, as a fraction of it.</param>
/// <param name="StartingTime">Time spent in Starting (warm-up, homing) after Start.</param>
/// <param name="BufferCapacity">Boards that can wait in front of the machine; 0 for the first machine, which takes boards from the loader.</param>
/// <param name="RejectRate">Base probability that a board is rejected here.</param>
/// <param name="Faults">Random faults and the alarm catalogue; null when the machine never fails on its own.</param>
/// <param name="Slots">Materials consumed per board (feeder slots, paste, bins).</param>
/// <param name="Printer">Stencil-printer process.</param>
/// <param name="Spi">Solder-paste inspection process.</param>
/// <param name="Placer">Pick-and-place process.</param>
/// <param name="Reflow">Reflow oven process.</param>
/// <param name="Aoi">Optical inspection process.</param>
/// <param name="Test">Test steps.</param>
public sealed record MachineDefinition(
    string Id,
    MachineType Type,
    string Name,
    double IdealCycleTime,
    double CycleTimeVariation,
    double StartingTime,
    int BufferCapacity,
    double RejectRate,
    FaultDefinition? Faults,
    IReadOnlyList<SlotDefinition> Slots,
    PrinterDefinition? Printer,
    SpiDefinition? Spi,
    PlacerDefinition? Placer,
    ReflowDefinition? Reflow,
    AoiDefinition? Aoi,
    TestDefinition? Test);

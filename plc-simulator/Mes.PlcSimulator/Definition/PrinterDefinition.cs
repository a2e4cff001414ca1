namespace Mes.PlcSimulator.Definition;

/// <summary>
/// Stencil printer: squeegee pressure (kg, follows a writable setpoint), print speed (mm/s) and the paste deposit
/// (% of the aperture volume), which falls as apertures clog and comes back when the stencil is wiped.
/// </summary>
/// <param name="SqueegeePressure">Squeegee pressure; its nominal is the initial setpoint.</param>
/// <param name="PrintSpeed">Print stroke speed.</param>
/// <param name="PasteDeposit">Paste deposited, as % of the stencil aperture volume.</param>
/// <param name="ClogPerBoard">Paste deposit lost per print since the last wipe, in %.</param>
/// <param name="WipeEvery">Boards between stencil wipes.</param>
/// <param name="WipeTime">Seconds a wipe adds to the cycle.</param>
public sealed record PrinterDefinition(
    ProcessValueDefinition SqueegeePressure,
    ProcessValueDefinition PrintSpeed,
    ProcessValueDefinition PasteDeposit,
    double ClogPerBoard,
    int WipeEvery,
    double WipeTime);

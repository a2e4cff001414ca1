namespace Mes.PlcSimulator.Definition;

/// <summary>
/// Solder-paste inspection: measures the paste volume each board carries (with measurement noise) and rejects
/// boards outside [VolumeLow, VolumeHigh] %.
/// </summary>
/// <param name="VolumeLow">Lowest acceptable paste volume, %.</param>
/// <param name="VolumeHigh">Highest acceptable paste volume, %.</param>
/// <param name="MeasurementNoise">Standard deviation of one measurement, %.</param>
/// <param name="NominalHeight">Paste height at 100 % volume, µm (the stencil thickness).</param>
public sealed record SpiDefinition(double VolumeLow, double VolumeHigh, double MeasurementNoise, double NominalHeight);

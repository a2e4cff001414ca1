namespace Mes.PlcSimulator.Engine;

/// <summary>
/// A board going down the line, with what the process left on it: the paste deposited (what SPI measures and AOI
/// judges) and how far the oven zones were from their profile when it passed.
/// </summary>
internal sealed class Board(string serial)
{
    public string Serial { get; } = serial;

    /// <summary>Paste deposited, % of the aperture volume; 100 until printed.</summary>
    public double PasteVolume { get; set; } = 100;

    /// <summary>Largest zone deviation from the profile during reflow, °C.</summary>
    public double ReflowDeviation { get; set; }
}

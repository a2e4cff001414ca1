namespace Mes.PlcSimulator.Definition;

/// <summary>The kinds of machine on an SMT line; the names are the workstation types of the plant master data.</summary>
public enum MachineType
{
    /// <summary>Stencil printer: prints solder paste on the bare board.</summary>
    Printer,
    /// <summary>Solder-paste inspection: measures the printed paste deposits.</summary>
    Spi,
    /// <summary>Pick-and-place machine with feeder slots.</summary>
    Placer,
    /// <summary>Reflow oven with heated zones.</summary>
    Reflow,
    /// <summary>Automated optical inspection after reflow.</summary>
    Aoi,
    /// <summary>In-circuit and functional test.</summary>
    Test,
    /// <summary>Manual assembly and pack.</summary>
    Pack,
}

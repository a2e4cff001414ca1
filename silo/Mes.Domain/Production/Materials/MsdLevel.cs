namespace Mes.Domain.Production.Materials;

/// <summary>Moisture sensitivity level of a component per IPC/JEDEC J-STD-020/J-STD-033.</summary>
public enum MsdLevel
{
    /// <summary>Level 1: unlimited floor life at ≤ 30 °C / 85 % RH.</summary>
    Level1,
    /// <summary>Level 2: one year.</summary>
    Level2,
    /// <summary>Level 2a: four weeks.</summary>
    Level2a,
    /// <summary>Level 3: 168 hours.</summary>
    Level3,
    /// <summary>Level 4: 72 hours.</summary>
    Level4,
    /// <summary>Level 5: 48 hours.</summary>
    Level5,
    /// <summary>Level 5a: 24 hours.</summary>
    Level5a,
    /// <summary>Level 6: mandatory bake before use, then the time on the label.</summary>
    Level6,
}

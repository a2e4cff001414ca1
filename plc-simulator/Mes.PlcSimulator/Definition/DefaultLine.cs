namespace Mes.PlcSimulator.Definition;

/// <summary>
/// The line shipped with the simulator (lines/smt-line.json, embedded): SMT line smt-01 of the sample plant,
/// building GW-100 with the feeder slots, quantities and ideal cycle times of the sample master data.
/// </summary>
public static class DefaultLine
{
    private const string ResourceName = "Mes.PlcSimulator.lines.smt-line.json";

    /// <summary>The JSON text of the shipped line file.</summary>
    public static string Json()
    {
        using var stream = typeof(DefaultLine).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"{ResourceName} is not embedded in the simulator");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>The shipped line, read through the same validation as any line file.</summary>
    public static LineDefinition Load()
    {
        var result = LineFile.Parse(Json());
        return result.Line ?? throw new InvalidOperationException(
            $"the shipped line file is invalid: {string.Join("; ", result.Errors)}");
    }
}

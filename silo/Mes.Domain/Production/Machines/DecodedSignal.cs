namespace Mes.Domain.Production.Machines;

/// <summary>The result of decoding one OPC UA value: a signal, or the problem in words (for the log).</summary>
public sealed record DecodedSignal(MachineSignal? Signal, string? Problem)
{
    /// <summary>A decoded signal.</summary>
    public static DecodedSignal Of(MachineSignal signal) => new(signal, null);

    /// <summary>A value that could not be decoded.</summary>
    public static DecodedSignal Failed(string problem) => new(null, problem);
}

namespace Mes.PlcSimulator.AddressSpace;

/// <summary>
/// What became of a write or method call: the status and, when refused, why in words (for the client's log and
/// the operator); the outputs of a method call that succeeded.
/// </summary>
public sealed record OperationOutcome(OperationStatus Status, string Message, IReadOnlyList<object?> Outputs)
{
    /// <summary>Accepted, without outputs.</summary>
    public static OperationOutcome Good { get; } = new(OperationStatus.Good, string.Empty, []);

    /// <summary>True when accepted.</summary>
    public bool IsGood => Status == OperationStatus.Good;

    /// <summary>Accepted, with the method's output arguments.</summary>
    public static OperationOutcome GoodWith(params object?[] outputs) => new(OperationStatus.Good, string.Empty, outputs);

    /// <summary>Refused with a status and the reason.</summary>
    public static OperationOutcome Refused(OperationStatus status, string message) => new(status, message, []);
}

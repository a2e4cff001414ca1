using Mes.OpcUa.Encoding;

namespace Mes.OpcUa.Client;

/// <summary>The outcome of one method call.</summary>
/// <param name="Status">Good, or why the call failed (e.g. BadArgumentsMissing, BadTypeMismatch).</param>
/// <param name="InputArgumentResults">Per input argument, why it was refused (empty when all were accepted).</param>
/// <param name="Outputs">The output arguments.</param>
public sealed record MethodCallResult(StatusCode Status, IReadOnlyList<StatusCode> InputArgumentResults, IReadOnlyList<Variant> Outputs);

using Mes.OpcUa.Encoding;

namespace Mes.OpcUa.Server.Nodes;

/// <summary>
/// Runs a method called by a client. The inputs have already been checked against the declared arguments.
/// Return the outputs; throw <see cref="ServiceResultException"/> to fail the call with a status.
/// </summary>
/// <param name="objectId">The object the method was called on.</param>
/// <param name="inputs">The input arguments.</param>
public delegate IReadOnlyList<Variant> MethodHandler(NodeId objectId, IReadOnlyList<Variant> inputs);

namespace Mes.Contracts.Production;

/// <summary>What kind of "no" a <see cref="Refusal"/> is; the gateway picks the gRPC status from it.</summary>
[GenerateSerializer, Alias("mes.production.refusal-kind")]
public enum RefusalKind
{
    /// <summary>A rule of the plant refused the request (FAILED_PRECONDITION).</summary>
    Rule,
    /// <summary>The request itself is malformed or out of range (INVALID_ARGUMENT).</summary>
    Invalid,
    /// <summary>An id in the request names nothing the plant knows (NOT_FOUND).</summary>
    NotFound,
    /// <summary>The thing to create exists already, made by another request (ALREADY_EXISTS).</summary>
    Conflict,
}

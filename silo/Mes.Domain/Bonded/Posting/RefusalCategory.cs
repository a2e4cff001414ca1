namespace Mes.Domain.Bonded.Posting;

/// <summary>The class of a refusal, which the gateway maps to a gRPC status.</summary>
public enum RefusalCategory
{
    /// <summary>The command itself is malformed or names what does not exist (INVALID_ARGUMENT).</summary>
    InvalidArgument,

    /// <summary>The command is well formed but the book's state or rules forbid it (FAILED_PRECONDITION).</summary>
    FailedPrecondition,

    /// <summary>The actor may not post it (PERMISSION_DENIED).</summary>
    PermissionDenied,

    /// <summary>It clashes with an earlier command under the same key (ALREADY_EXISTS).</summary>
    Conflict,
}

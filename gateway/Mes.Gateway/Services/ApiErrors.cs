using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using Mes.Gateway.Auth;

namespace Mes.Gateway.Services;

/// <summary>
/// Rich gRPC errors (google.rpc.Status with details) so that a terminal or an integration can tell
/// which field or rule refused a call, in gRPC and in JSON alike.
/// </summary>
public static class ApiErrors
{
    /// <summary>The detail messages errors carry; JSON transcoding needs them to render the details.</summary>
    public static readonly Google.Protobuf.Reflection.MessageDescriptor[] DetailDescriptors =
        [BadRequest.Descriptor, ResourceInfo.Descriptor, PreconditionFailure.Descriptor, ErrorInfo.Descriptor];

    /// <summary>INVALID_ARGUMENT naming the offending field.</summary>
    public static RpcException InvalidArgument(string field, string description) =>
        new Google.Rpc.Status
        {
            Code = (int)Code.InvalidArgument,
            Message = $"{field}: {description}",
            Details = { Any.Pack(new BadRequest { FieldViolations = { new BadRequest.Types.FieldViolation { Field = field, Description = description } } }) },
        }.ToRpcException();

    /// <summary>NOT_FOUND naming the resource.</summary>
    public static RpcException NotFound(string resourceType, string resourceName) =>
        new Google.Rpc.Status
        {
            Code = (int)Code.NotFound,
            Message = $"{resourceType} '{resourceName}' does not exist",
            Details = { Any.Pack(new ResourceInfo { ResourceType = resourceType, ResourceName = resourceName, Description = "not found" }) },
        }.ToRpcException();

    /// <summary>FAILED_PRECONDITION naming the rule that refused the call.</summary>
    public static RpcException FailedPrecondition(string rule, string subject, string description) =>
        new Google.Rpc.Status
        {
            Code = (int)Code.FailedPrecondition,
            Message = description,
            Details = { Any.Pack(new PreconditionFailure { Violations = { new PreconditionFailure.Types.Violation { Type = rule, Subject = subject, Description = description } } }) },
        }.ToRpcException();

    /// <summary>ALREADY_EXISTS naming the resource.</summary>
    public static RpcException AlreadyExists(string resourceType, string resourceName, string description) =>
        new Google.Rpc.Status
        {
            Code = (int)Code.AlreadyExists,
            Message = description,
            Details = { Any.Pack(new ResourceInfo { ResourceType = resourceType, ResourceName = resourceName, Description = description }) },
        }.ToRpcException();

    /// <summary>UNAUTHENTICATED with the reason (<see cref="AuthReasons"/>) the call has no accepted identity.</summary>
    public static RpcException Unauthenticated(string reason, string description) =>
        WithErrorInfo(Code.Unauthenticated, reason, description, new Dictionary<string, string>());

    /// <summary>PERMISSION_DENIED with the reason (<see cref="AuthReasons"/>) and what it concerns.</summary>
    public static RpcException PermissionDenied(string reason, string description, IReadOnlyDictionary<string, string> metadata) =>
        WithErrorInfo(Code.PermissionDenied, reason, description, metadata);

    private static RpcException WithErrorInfo(Code code, string reason, string description, IReadOnlyDictionary<string, string> metadata)
    {
        var info = new ErrorInfo { Reason = reason, Domain = AuthReasons.Domain };
        foreach (var (key, value) in metadata)
        {
            info.Metadata[key] = value;
        }
        return new Google.Rpc.Status { Code = (int)code, Message = description, Details = { Any.Pack(info) } }.ToRpcException();
    }
}

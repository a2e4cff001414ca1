using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using System.Globalization;
using System.Text;
using Grpc.Core;
using Mes.Contracts.Production;
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

    /// <summary>The ErrorInfo domain of refusals by production rules.</summary>
    public const string ProductionDomain = "production.zone-mes";

    /// <summary>
    /// The gRPC error for a refusal from the silo: a production rule → FAILED_PRECONDITION with a
    /// PreconditionFailure (type = the stable reason code, subject = the field, description = the words
    /// for the terminal) and an ErrorInfo carrying the numeric code; malformed input → INVALID_ARGUMENT
    /// with every field violation; an unknown id → NOT_FOUND; an existing one → ALREADY_EXISTS.
    /// </summary>
    public static RpcException Refused(Refusal refusal)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        var field = ProtoField(refusal.Field);
        switch (refusal.Kind)
        {
            case RefusalKind.Invalid:
                var violations = refusal.Violations.Count > 0 ? refusal.Violations : [new FieldViolation(refusal.Field, refusal.Message)];
                return new Google.Rpc.Status
                {
                    Code = (int)Code.InvalidArgument,
                    Message = violations.Count == 1 ? $"{ProtoField(violations[0].Field)}: {violations[0].Description}" : refusal.Message,
                    Details =
                    {
                        Any.Pack(new BadRequest
                        {
                            FieldViolations = { violations.Select(v => new BadRequest.Types.FieldViolation { Field = ProtoField(v.Field), Description = v.Description }) },
                        }),
                    },
                }.ToRpcException();
            case RefusalKind.NotFound:
                return NotFound(refusal.ResourceType ?? field, refusal.ResourceName ?? string.Empty);
            case RefusalKind.Conflict:
                return AlreadyExists(refusal.ResourceType ?? field, refusal.ResourceName ?? string.Empty, refusal.Message);
            default:
                var info = new ErrorInfo { Reason = refusal.Reason, Domain = ProductionDomain };
                info.Metadata["code"] = refusal.Code.ToString(CultureInfo.InvariantCulture);
                info.Metadata["field"] = field;
                return new Google.Rpc.Status
                {
                    Code = (int)Code.FailedPrecondition,
                    Message = refusal.Message,
                    Details =
                    {
                        Any.Pack(new PreconditionFailure
                        {
                            Violations = { new PreconditionFailure.Types.Violation { Type = refusal.Reason, Subject = field, Description = refusal.Message } },
                        }),
                        Any.Pack(info),
                    },
                }.ToRpcException();
        }
    }

    /// <summary>
    /// A field as the API names it: the silo's camelCase (<c>lotNo</c>, <c>moisture.exposedBefore</c>)
    /// in the proto's snake_case (<c>lot_no</c>); what stands in brackets (an index, a test step, a row)
    /// and file names stay as they are.
    /// </summary>
    public static string ProtoField(string field)
    {
        ArgumentNullException.ThrowIfNull(field);
        if (field.Contains(".csv", StringComparison.Ordinal) || field.Contains(".json", StringComparison.Ordinal))
        {
            return field;
        }

        var proto = new StringBuilder(field.Length + 4);
        var depth = 0;
        foreach (var c in field)
        {
            depth += c switch { '[' => 1, ']' => -1, _ => 0 };
            if (depth == 0 && char.IsAsciiLetterUpper(c))
            {
                proto.Append('_').Append(char.ToLowerInvariant(c));
            }
            else
            {
                proto.Append(c);
            }
        }

        return proto.ToString();
    }

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

using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using Mes.Contracts.Bonded;

namespace Mes.Gateway.Services.Bonded;

/// <summary>
/// Refusals of the account book as gRPC errors: a malformed field is INVALID_ARGUMENT with a BadRequest naming it, a
/// broken rule FAILED_PRECONDITION with a PreconditionFailure whose type is the rule code, a role the rules forbid
/// PERMISSION_DENIED, a reused idempotency key or a filed book ALREADY_EXISTS, an unknown book NOT_FOUND, a journal
/// that could not be written UNAVAILABLE (nothing was written; retry with the same key). Every one also carries an
/// ErrorInfo with the code as its reason.
/// </summary>
internal static class BondedErrors
{
    public const string Domain = "bonded.mes.zone";

    public static RpcException Of(PostingRefusal refusal)
    {
        var field = ProtoField(refusal.Field);
        var status = new Google.Rpc.Status { Message = refusal.Message };
        switch (refusal.Category)
        {
            case "InvalidArgument":
                status.Code = (int)Code.InvalidArgument;
                status.Details.Add(Any.Pack(new BadRequest
                {
                    FieldViolations = { new BadRequest.Types.FieldViolation { Field = field ?? "request", Description = refusal.Message } },
                }));
                break;
            case "PermissionDenied":
                status.Code = (int)Code.PermissionDenied;
                break;
            case "Conflict":
                status.Code = (int)Code.AlreadyExists;
                status.Details.Add(Any.Pack(new ResourceInfo { ResourceType = field ?? "posting", Description = refusal.Message }));
                break;
            case "NotFound":
                status.Code = (int)Code.NotFound;
                status.Details.Add(Any.Pack(new ResourceInfo { ResourceType = "account book", Description = refusal.Message }));
                break;
            case "Unavailable":
                status.Code = (int)Code.Unavailable;
                break;
            default:
                status.Code = (int)Code.FailedPrecondition;
                status.Details.Add(Any.Pack(new PreconditionFailure
                {
                    Violations = { new PreconditionFailure.Types.Violation { Type = refusal.Code, Subject = field ?? "", Description = refusal.Message } },
                }));
                break;
        }

        status.Details.Add(Any.Pack(new ErrorInfo { Reason = refusal.Code, Domain = Domain }));
        return status.ToRpcException();
    }

    /// <summary>INVALID_ARGUMENT with one field violation per master-data problem: <c>items.json row 1 version</c>.</summary>
    public static RpcException MasterData(IReadOnlyList<Contracts.Bonded.MasterData.MasterDataProblem> problems)
    {
        var request = new BadRequest();
        foreach (var p in problems)
        {
            request.FieldViolations.Add(new BadRequest.Types.FieldViolation
            {
                Field = p.Row is { } row ? $"{p.File}[{row}].{p.Field}" : $"{p.File}.{p.Field}",
                Description = p.Message,
            });
        }

        return new Google.Rpc.Status
        {
            Code = (int)Code.InvalidArgument,
            Message = string.Join(" ", problems.Select(p => $"{p.File} {p.Field}: {p.Message}")),
            Details = { Any.Pack(request), Any.Pack(new ErrorInfo { Reason = "MASTER_DATA_REFUSED", Domain = Domain }) },
        }.ToRpcException();
    }

    /// <summary>The proto field path of a contract field: <c>documents[0].lineNo</c> → <c>documents[0].line_no</c>.</summary>
    public static string? ProtoField(string? field)
    {
        if (string.IsNullOrEmpty(field))
        {
            return null;
        }

        var text = new System.Text.StringBuilder(field.Length + 8);
        foreach (var c in field)
        {
            if (char.IsAsciiLetterUpper(c))
            {
                text.Append('_').Append(char.ToLowerInvariant(c));
            }
            else
            {
                text.Append(c);
            }
        }

        return text.ToString();
    }
}

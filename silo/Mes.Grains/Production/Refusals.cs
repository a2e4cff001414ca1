using System.Text;
using Mes.Contracts.Production;
using Mes.Domain.Production.Decisions;
using DomainRefusal = Mes.Domain.Production.Decisions.Refusal;
using Refusal = Mes.Contracts.Production.Refusal;

namespace Mes.Grains.Production;

/// <summary>Turns the domain's refusals (and the grains' own) into the refusal the contracts carry.</summary>
public static class Refusals
{
    /// <summary>A domain rule's refusal.</summary>
    public static Refusal From(DomainRefusal refusal)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        return new Refusal(RefusalKind.Rule, ReasonCode(refusal.Reason.ToString()), refusal.Code, refusal.Field, refusal.Message);
    }

    /// <summary>A refusal by a domain reason decided in a grain (the same reason the domain would give).</summary>
    public static Refusal Rule(RefusalReason reason, string field, string message) =>
        From(new DomainRefusal(reason, field, message));

    /// <summary>A refusal of the grains' own.</summary>
    public static Refusal Execution(ExecutionRefusal reason, RefusalKind kind, string field, string message) =>
        new(kind, ReasonCode(reason.ToString()), (int)reason, field, message);

    /// <summary>No master data imported yet.</summary>
    public static Refusal MasterDataMissing() => Execution(ExecutionRefusal.MasterDataMissing, RefusalKind.Rule,
        "masterData", "No production master data has been imported yet.");

    /// <summary>A request id is required for every change.</summary>
    public static Refusal RequestIdMissing() => Refusal.Invalid("requestId", "is required: every change carries a client-supplied request id");

    /// <summary>The request id was already used for a different request.</summary>
    public static Refusal RequestIdReused(string requestId) => Rule(RefusalReason.RequestIdReused, "requestId",
        $"Request id {requestId} was already used for a different request.");

    /// <summary>"WrongPart" → "WRONG_PART": the stable reason code as gRPC error details spell reasons.</summary>
    public static string ReasonCode(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var code = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]) && !char.IsUpper(name[i - 1]))
            {
                code.Append('_');
            }

            code.Append(char.ToUpperInvariant(name[i]));
        }

        return code.ToString();
    }
}

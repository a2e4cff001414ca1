using Grpc.Core;
using Mes.Contracts.Bonded;
using Mes.Gateway.Auth;

namespace Mes.Gateway.Services.Bonded;

/// <summary>
/// The actor of a posting is the authenticated caller, never a request field: its subject, acting in its most
/// privileged role that posts (admin, manager, supervisor, integration; customs and operators post nothing and are
/// refused before reaching here, and again by the book's own rules).
/// </summary>
internal static class BondedCaller
{
    private static readonly (string Gateway, string Book)[] PostingRoles =
        [(Role.Admin, "Admin"), (Role.Manager, "Manager"), (Role.Supervisor, "Supervisor"), (Role.Integration, "Integration"),
         (Role.Customs, "Customs"), (Role.Operator, "Operator")];

    public static PostingActor Of(ServerCallContext context)
    {
        var caller = Caller.Of(context.GetHttpContext().User)
            ?? throw ApiErrors.Unauthenticated(AuthReasons.CredentialsMissing, "The caller is not authenticated.");
        var role = PostingRoles.FirstOrDefault(r => caller.Roles.Contains(r.Gateway)).Book ?? "Operator";
        return new PostingActor(caller.Subject, role);
    }
}

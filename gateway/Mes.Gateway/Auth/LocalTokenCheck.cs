using Mes.Contracts.Identity;
using Mes.Contracts.Production.MasterData;
using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace Mes.Gateway.Auth;

/// <summary>
/// Checks a valid local token against the records behind it on every call, so that disabling an
/// account, removing a role or revoking a terminal takes effect at once rather than at expiry.
/// </summary>
public static class LocalTokenCheck
{
    /// <summary>The JwtBearer <c>OnTokenValidated</c> event of the local scheme.</summary>
    public static async Task Apply(TokenValidatedContext context)
    {
        var principal = context.Principal!;
        var cluster = context.HttpContext.RequestServices.GetRequiredService<IClusterClient>();
        var subject = principal.FindFirst(MesClaims.Subject)?.Value;
        if (principal.FindFirst(MesClaims.Method)?.Value == MesClaims.Methods.PlantBadge)
        {
            await ApplyPlantOperator(context, cluster, subject);
            return;
        }

        if (!IdentityKeys.IsValidUsername(subject)
            || await cluster.GetGrain<IUserAccountGrain>(IdentityKeys.User(subject!)).Get() is not { IsActive: true } account)
        {
            context.Fail("the account of the token is disabled or does not exist");
            return;
        }
        var method = principal.FindFirst(MesClaims.Method)?.Value ?? "";
        string? workstation = null;
        string? terminalId = null;
        if (method == MesClaims.Methods.Badge)
        {
            terminalId = principal.FindFirst(MesClaims.Terminal)?.Value;
            workstation = principal.FindFirst(MesClaims.Workstation)?.Value;
            if (!IdentityKeys.IsValidGeneratedId(terminalId)
                || await cluster.GetGrain<ITerminalGrain>(IdentityKeys.Terminal(terminalId!)).Get() is not { IsActive: true } terminal
                || terminal.WorkstationId != workstation)
            {
                context.Fail("the terminal the token was issued through is revoked");
                return;
            }
        }
        var roles = principal.FindAll(MesClaims.Role).Select(c => c.Value).Where(account.Roles.Contains);
        context.Principal = Caller.Principal(Schemes.Local, account.Username, account.DisplayName, roles, method, workstation, terminalId,
            new DateTimeOffset(context.SecurityToken.ValidTo, TimeSpan.Zero));
    }

    // An operator of the plant's master data: still listed there, and the terminal still active and at the same
    // workstation. Their only role is operator, bound to that workstation.
    private static async Task ApplyPlantOperator(TokenValidatedContext context, IClusterClient cluster, string? badge)
    {
        var principal = context.Principal!;
        var terminalId = principal.FindFirst(MesClaims.Terminal)?.Value;
        var workstation = principal.FindFirst(MesClaims.Workstation)?.Value;
        if (!IdentityKeys.IsValidBadge(badge)
            || await cluster.GetGrain<IMasterDataGrain>(IMasterDataGrain.Key).FindOperator(badge!) is not { } worker)
        {
            context.Fail("the operator of the token is no longer in the plant's master data");
            return;
        }
        if (!IdentityKeys.IsValidGeneratedId(terminalId)
            || await cluster.GetGrain<ITerminalGrain>(IdentityKeys.Terminal(terminalId!)).Get() is not { IsActive: true } terminal
            || terminal.WorkstationId != workstation)
        {
            context.Fail("the terminal the token was issued through is revoked");
            return;
        }
        context.Principal = Caller.Principal(Schemes.Local, worker.Badge, worker.Name, [Role.Operator], MesClaims.Methods.PlantBadge,
            workstation, terminalId, new DateTimeOffset(context.SecurityToken.ValidTo, TimeSpan.Zero));
    }
}

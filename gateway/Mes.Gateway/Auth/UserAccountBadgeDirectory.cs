using Mes.Contracts.Identity;

namespace Mes.Gateway.Auth;

/// <summary>Badges of user accounts: a badge resolves to an active account that holds the operator role.</summary>
public sealed class UserAccountBadgeDirectory(IClusterClient cluster) : IBadgeDirectory
{
    public async Task<BadgeHolder?> FindOperator(string badge, CancellationToken cancellationToken)
    {
        if (!IdentityKeys.IsValidBadge(badge)
            || await cluster.GetGrain<IBadgeGrain>(IdentityKeys.Badge(badge)).Holder() is not { } username
            || await cluster.GetGrain<IUserAccountGrain>(IdentityKeys.User(username)).Get() is not { IsActive: true } account
            || account.Badge != IdentityKeys.NormaliseBadge(badge)
            || !account.Roles.Contains(Role.Operator))
        {
            return null;
        }
        return new BadgeHolder(account.Username, account.DisplayName);
    }
}

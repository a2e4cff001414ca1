using Mes.Contracts.Production.MasterData;

namespace Mes.Gateway.Auth;

/// <summary>
/// Badges as the plant knows them: a user account that carries the badge and the operator role first (people
/// who also sign in with a password), else an operator of the current production master data, where every
/// line worker is listed with their certifications. The workstation checks the certifications when the
/// operator logs in there.
/// </summary>
public sealed class PlantBadgeDirectory(UserAccountBadgeDirectory accounts, IClusterClient cluster) : IBadgeDirectory
{
    /// <inheritdoc />
    public async Task<BadgeHolder?> FindOperator(string badge, CancellationToken cancellationToken)
    {
        if (await accounts.FindOperator(badge, cancellationToken) is { } account)
        {
            return account;
        }
        return await cluster.GetGrain<IMasterDataGrain>(IMasterDataGrain.Key).FindOperator(badge) is { } worker
            ? new BadgeHolder(worker.Badge, worker.Name, PlantOperator: true)
            : null;
    }
}

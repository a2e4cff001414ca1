using System.Collections.Immutable;
using Mes.Contracts.Identity;

namespace Mes.Grains.Identity;

[GrainType("user-account")]
public sealed class UserAccountGrain(
    [PersistentState("user-account", StorageNames.Mes)] IPersistentState<UserAccountState> state,
    IGrainFactory grains,
    TimeProvider clock) : Grain, IUserAccountGrain
{
    private string Username => IdentityKeys.IdOf(this.GetPrimaryKeyString(), IdentityKeys.UserPrefix);

    public async Task<UserCreation> Create(NewUserAccount account)
    {
        if (state.State.Account is not null)
        {
            return UserCreation.UsernameTaken;
        }
        string? badge = null;
        if (account.Badge is not null)
        {
            // The badge is reserved before the account is written: a crash in between leaves a
            // reservation for a username that does not exist yet, which a retry of the same request claims again.
            if (!await grains.GetGrain<IBadgeGrain>(IdentityKeys.Badge(account.Badge)).Claim(Username))
            {
                return UserCreation.BadgeTaken;
            }
            badge = IdentityKeys.NormaliseBadge(account.Badge);
        }
        state.State.Account = new UserAccount(Username, account.DisplayName, account.Roles, account.PasswordHash, badge, clock.GetUtcNow(), DisabledAt: null);
        await state.WriteStateAsync();
        return UserCreation.Created;
    }

    public Task<UserAccount?> Get() => Task.FromResult(state.State.Account);

    public Task<UserAccount?> SetRoles(ImmutableArray<string> roles) => Change(a => a with { Roles = roles });

    public Task<UserAccount?> SetPasswordHash(string passwordHash) => Change(a => a with { PasswordHash = passwordHash });

    public Task<UserAccount?> Disable() => Change(a => a.IsActive ? a with { DisabledAt = clock.GetUtcNow() } : a);

    private async Task<UserAccount?> Change(Func<UserAccount, UserAccount> change)
    {
        if (state.State.Account is not { } current)
        {
            return null;
        }
        state.State.Account = change(current);
        await state.WriteStateAsync();
        return state.State.Account;
    }
}

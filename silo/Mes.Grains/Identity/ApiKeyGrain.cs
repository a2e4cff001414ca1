using Mes.Contracts.Identity;

namespace Mes.Grains.Identity;

[GrainType("api-key")]
public sealed class ApiKeyGrain(
    [PersistentState("api-key", StorageNames.Mes)] IPersistentState<ApiKeyState> state,
    TimeProvider clock) : Grain, IApiKeyGrain
{
    private string KeyId => IdentityKeys.IdOf(this.GetPrimaryKeyString(), IdentityKeys.ApiKeyPrefix);

    public async Task<bool> Create(NewApiKey key)
    {
        if (state.State.Key is not null)
        {
            return false;
        }
        state.State.Key = new ApiKeyRecord(KeyId, key.Name, key.Roles, key.SecretHash, clock.GetUtcNow(), RevokedAt: null);
        await state.WriteStateAsync();
        return true;
    }

    public Task<ApiKeyRecord?> Get() => Task.FromResult(state.State.Key);

    public async Task<ApiKeyRecord?> Revoke()
    {
        if (state.State.Key is not { IsActive: true } active)
        {
            return state.State.Key;
        }
        state.State.Key = active with { RevokedAt = clock.GetUtcNow() };
        await state.WriteStateAsync();
        return state.State.Key;
    }
}

using Mes.Contracts.Identity;

namespace Mes.Grains.Identity;

[GrainType("badge")]
public sealed class BadgeGrain(
    [PersistentState("badge", StorageNames.Mes)] IPersistentState<BadgeState> state) : Grain, IBadgeGrain
{
    public async Task<bool> Claim(string username)
    {
        if (state.State.Username is { } holder)
        {
            return holder == username;
        }
        state.State.Username = username;
        await state.WriteStateAsync();
        return true;
    }

    public Task<string?> Holder() => Task.FromResult(state.State.Username);
}

using System.Collections.Immutable;

namespace Mes.Contracts.Identity;

/// <summary>
/// One user account, keyed by <see cref="IdentityKeys.User"/>. Holds hashes only: passwords are
/// hashed and verified in the gateway and never travel to the silo.
/// </summary>
[Alias("mes.identity.user-account")]
public interface IUserAccountGrain : IGrainWithStringKey
{
    /// <summary>Creates the account, reserving its badge; refuses when the username or the badge is taken.</summary>
    [Alias("create")]
    Task<UserCreation> Create(NewUserAccount account);

    /// <summary>Reads the account; <c>null</c> when it does not exist.</summary>
    [Alias("get")]
    Task<UserAccount?> Get();

    /// <summary>Replaces the roles; <c>null</c> when the account does not exist.</summary>
    [Alias("set-roles")]
    Task<UserAccount?> SetRoles(ImmutableArray<string> roles);

    /// <summary>Replaces the password hash; <c>null</c> when the account does not exist.</summary>
    [Alias("set-password-hash")]
    Task<UserAccount?> SetPasswordHash(string passwordHash);

    /// <summary>Disables the account (it keeps its badge so that nobody else takes it); <c>null</c> when it does not exist.</summary>
    [Alias("disable")]
    Task<UserAccount?> Disable();
}

namespace Mes.Contracts.Identity;

/// <summary>
/// Which account a badge belongs to, keyed by <see cref="IdentityKeys.Badge"/>: the index that
/// makes a badge unique and lets a terminal resolve a scanned badge to its holder.
/// </summary>
[Alias("mes.identity.badge")]
public interface IBadgeGrain : IGrainWithStringKey
{
    /// <summary>Reserves the badge for <paramref name="username"/>; false when another account holds it.</summary>
    [Alias("claim")]
    Task<bool> Claim(string username);

    /// <summary>The username holding the badge; <c>null</c> when nobody does.</summary>
    [Alias("holder")]
    Task<string?> Holder();
}

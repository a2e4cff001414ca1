namespace Mes.Gateway.Auth;

/// <summary>
/// Resolves a scanned badge to an operator who may work at terminals. Operators' master data
/// (badges, certifications) will come from the production domain; this is the seam where it plugs in.
/// </summary>
public interface IBadgeDirectory
{
    /// <summary>The active operator holding <paramref name="badge"/>; <c>null</c> when there is none.</summary>
    Task<BadgeHolder?> FindOperator(string badge, CancellationToken cancellationToken);
}

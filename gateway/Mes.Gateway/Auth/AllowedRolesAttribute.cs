namespace Mes.Gateway.Auth;

/// <summary>
/// Declares which roles may call a gRPC method (and its JSON route). Put it on the method of the
/// service class, or on the class for every method that does not declare its own; the most
/// specific declaration wins. A method without a declaration is refused to everyone.
/// <c>[AllowAnonymous]</c> declares a method callable without credentials.
/// </summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class, AllowMultiple = false)]
public sealed class AllowedRolesAttribute : Attribute
{
    /// <param name="roles">Names from <see cref="Role"/>.</param>
    public AllowedRolesAttribute(params string[] roles)
    {
        var unknown = roles.Except(Role.All, StringComparer.Ordinal).ToList();
        if (roles.Length == 0 || unknown.Count > 0)
        {
            throw new ArgumentException($"Declare at least one role, each one of {string.Join(", ", Role.All)}; got '{string.Join(", ", unknown)}'.", nameof(roles));
        }
        Roles = roles;
    }

    /// <summary>The roles allowed.</summary>
    public IReadOnlyList<string> Roles { get; }
}

using Microsoft.AspNetCore.Authorization;

namespace Mes.Gateway.Auth;

/// <summary>Who may make a call, as declared on the endpoint that serves it.</summary>
/// <param name="Anonymous">Callable without credentials.</param>
/// <param name="Roles">The roles allowed when not anonymous.</param>
/// <param name="WorkstationField">The request field checked against a bound caller's workstation.</param>
public sealed record CallDeclaration(bool Anonymous, IReadOnlyList<string> Roles, string WorkstationField)
{
    /// <summary>
    /// The declaration of <paramref name="endpoint"/>; <c>null</c> when it declares nothing. Metadata
    /// is ordered from the least to the most specific (class, then method), so the last declaration wins.
    /// </summary>
    public static CallDeclaration? Of(Endpoint endpoint)
    {
        var field = endpoint.Metadata.GetMetadata<BoundWorkstationFieldAttribute>()?.Field ?? BoundWorkstationFieldAttribute.DefaultField;
        for (var i = endpoint.Metadata.Count - 1; i >= 0; i--)
        {
            switch (endpoint.Metadata[i])
            {
                case IAllowAnonymous:
                    return new CallDeclaration(true, [], field);
                case AllowedRolesAttribute allowed:
                    return new CallDeclaration(false, allowed.Roles, field);
            }
        }
        return null;
    }
}

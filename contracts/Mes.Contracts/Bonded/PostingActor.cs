namespace Mes.Contracts.Bonded;

/// <summary>
/// Who posts: the authenticated caller's id and the role it acts in (<c>Operator</c>, <c>Supervisor</c>,
/// <c>Manager</c>, <c>Customs</c>, <c>Integration</c>, <c>Admin</c>, or <c>System</c> for the MES itself).
/// The gateway fills it from the caller's credentials, never from a request body.
/// </summary>
/// <param name="Id">User id, API key id or service name.</param>
/// <param name="Role">The role name.</param>
[GenerateSerializer, Immutable, Alias("mes.bonded.posting-actor")]
public sealed record PostingActor([property: Id(0)] string Id, [property: Id(1)] string Role)
{
    /// <summary>The MES itself, posting back-flushes on completed production.</summary>
    public static readonly PostingActor Mes = new("mes", "System");
}

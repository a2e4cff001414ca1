namespace Mes.Domain.Production.MasterData;

/// <summary>A line worker: badge, name and certifications.</summary>
public sealed record Operator(string Badge, string Name, IReadOnlyList<Certification> Certifications)
{
    /// <summary>The operator's certification with <paramref name="code"/> (the latest expiry), or null.</summary>
    public Certification? CertificationFor(string code) =>
        Certifications.Where(c => c.Code == code).MaxBy(c => c.ValidUntil);
}

using Mes.Domain.Production.Decisions;
using Mes.Domain.Production.MasterData;

namespace Mes.Domain.Production.Operators;

/// <summary>Whether an operator may do work that requires a certification, checked at login and at start.</summary>
public static class Qualification
{
    /// <summary>Null when <paramref name="worker"/> holds <paramref name="certification"/> valid at
    /// <paramref name="at"/>; otherwise the refusal naming the certification and, if expired, when.</summary>
    public static Refusal? Check(Operator worker, string certification, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(worker);
        if (string.IsNullOrEmpty(certification))
        {
            return null;
        }

        var held = worker.CertificationFor(certification);
        if (held is null)
        {
            return new Refusal(RefusalReason.CertificationMissing, "badge",
                $"{worker.Name} ({worker.Badge}) is not certified for {certification}.");
        }

        return held.ValidUntil > at
            ? null
            : new Refusal(RefusalReason.CertificationExpired, "badge",
                FormattableString.Invariant($"{worker.Name} ({worker.Badge}): certification {certification} expired on {held.ValidUntil:yyyy-MM-dd}."));
    }
}

using Mes.Domain.Production.Decisions;
using Mes.Domain.Production.MasterData;

namespace Mes.Domain.Production.Units;

/// <summary>Where the route takes a unit next.</summary>
public abstract record RouteStep
{
    private RouteStep()
    {
    }

    /// <summary>The unit is due at <paramref name="Operation"/>.</summary>
    public sealed record Next(Operation Operation) : RouteStep;

    /// <summary>The unit has passed its last operation.</summary>
    public sealed record Finished : RouteStep;

    /// <summary>The unit cannot go on: <paramref name="Refusal"/> says why.</summary>
    public sealed record Blocked(Refusal Refusal) : RouteStep;
}

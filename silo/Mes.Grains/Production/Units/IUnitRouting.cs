using Mes.Contracts.Production;
using Mes.Contracts.Production.Units;

namespace Mes.Grains.Production.Units;

/// <summary>What orders and workstations ask of a unit grain; not part of the public contracts, so that
/// operations only start and complete through a workstation with an operator logged in.</summary>
[Alias("mes.production.unit-routing")]
public interface IUnitRouting : IGrainWithStringKey
{
    /// <summary>Creates the unit for an order; confirmed when the order registers it again.</summary>
    [Alias("register")]
    Task<Outcome<UnitSnapshot>> Register(RegisterUnit registration);

    /// <summary>Starts an operation, enforcing the route.</summary>
    [Alias("start")]
    Task<Outcome<UnitSnapshot>> Start(StartOnRoute call);

    /// <summary>Completes the operation in progress and tells the order.</summary>
    [Alias("complete")]
    Task<Outcome<UnitCompletion>> Complete(CompleteOnRoute call);
}

namespace Mes.Web.Tests.Support;

/// <summary>The plant with the PLC simulator serving its machines and the silo's equipment agent reading them.</summary>
public sealed class SimulatedPlantSystem : PlantSystem
{
    protected override bool RunsSimulator => true;
}

[CollectionDefinition(Name)]
public sealed class SimulatedPlantCollection : ICollectionFixture<SimulatedPlantSystem>
{
    public const string Name = "plant with the PLC simulator in a browser";
}

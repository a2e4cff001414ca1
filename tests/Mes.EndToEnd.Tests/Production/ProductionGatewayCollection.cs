namespace Mes.EndToEnd.Tests.Production;

/// <summary>One silo and gateway for the production API tests; each test makes up ids of its own.</summary>
[CollectionDefinition(Name)]
public sealed class ProductionGatewayCollection : ICollectionFixture<RunningSystem>
{
    public const string Name = "production gateway";
}

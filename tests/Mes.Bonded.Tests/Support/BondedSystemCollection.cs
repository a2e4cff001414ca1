namespace Mes.Bonded.Tests.Support;

/// <summary>The gateway tests share one running system (each test works in a book of its own).</summary>
[CollectionDefinition(Name)]
public sealed class BondedSystemCollection : ICollectionFixture<BondedSystem>
{
    public const string Name = "bonded-system";
}

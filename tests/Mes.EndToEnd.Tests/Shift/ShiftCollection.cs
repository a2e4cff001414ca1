namespace Mes.EndToEnd.Tests.Shift;

/// <summary>The tests that share one running plant with a simulated line: starting one takes a while.</summary>
[CollectionDefinition(Name)]
public sealed class ShiftCollection : ICollectionFixture<ShiftSystem>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Shift";
}

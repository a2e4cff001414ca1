namespace Mes.Domain.Bonded.MasterData;

/// <summary>The part of the master data an error points into; each is one file of the sample layout.</summary>
public enum MasterDataSource
{
    /// <summary>The book header, <c>book.json</c>.</summary>
    Book,

    /// <summary>The items, <c>items.json</c>.</summary>
    Items,

    /// <summary>The part-to-item mappings, <c>mappings.json</c>.</summary>
    Mappings,

    /// <summary>The unit-consumption norms, <c>norms.json</c>.</summary>
    Norms,
}

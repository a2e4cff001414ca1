namespace Mes.Domain.Bonded.MasterData.Json;

/// <summary>The texts of the four master-data files of one account book (layout: samples/bonded/README.md).</summary>
/// <param name="Book">The content of <c>book.json</c>.</param>
/// <param name="Items">The content of <c>items.json</c>.</param>
/// <param name="Mappings">The content of <c>mappings.json</c>.</param>
/// <param name="Norms">The content of <c>norms.json</c>.</param>
public sealed record MasterDataFiles(string Book, string Items, string Mappings, string Norms);

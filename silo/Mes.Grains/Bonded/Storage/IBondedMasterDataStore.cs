using Mes.Domain.Bonded.Identifiers;
using Mes.Domain.Bonded.MasterData;
using Mes.Domain.Bonded.MasterData.Json;

namespace Mes.Grains.Bonded.Storage;

/// <summary>
/// The filed master data of the account books, kept as rows of the documented file layout, never edited: a
/// filing is change 0, each declared change adds rows under the next change number.
/// </summary>
public interface IBondedMasterDataStore
{
    /// <summary>
    /// The book's master data as the four file texts (rows in change order) and its change count; null when the
    /// book was never filed (the store may file it from the shipped sample first, when configured to).
    /// </summary>
    Task<StoredMasterData?> LoadAsync(AccountBookNo book, CancellationToken cancellationToken);

    /// <summary>Files a new book as change 0; false when the book is filed already.</summary>
    Task<bool> FileAsync(AccountBookNo book, MasterDataFiles files, string actor, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Stores the rows of a declared change under <paramref name="changeNo"/>.</summary>
    Task AppendChangeAsync(
        AccountBookNo book, int changeNo, MasterDataSource source, IReadOnlyList<string> rows, string actor, DateTimeOffset at, CancellationToken cancellationToken);
}

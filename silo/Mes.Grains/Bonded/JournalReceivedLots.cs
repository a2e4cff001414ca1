using Mes.Contracts.Production.Lots;
using Mes.Domain.Bonded.Identifiers;
using Mes.Grains.Bonded.Storage;
using Mes.Grains.Bonded.Translation;
using Mes.Grains.Production.Lots;

namespace Mes.Grains.Bonded;

/// <summary>
/// Lots received in the account books become reels the line can load, remembering the document line they came in
/// under: the lot grain reads its receipt from the journal the first time it is asked for, so a receipt costs the
/// ledger no write beyond its journal entry.
/// </summary>
public sealed class JournalReceivedLots(IBondedJournalStore journal) : IReceivedLots
{
    /// <inheritdoc />
    public async Task<RegisterLotRequest?> Find(string lotNo, CancellationToken cancellationToken)
    {
        LotNo lot;
        try
        {
            lot = new LotNo(lotNo);
        }
        catch (FormatException)
        {
            // Not a number the books accept, so no receipt can name it.
            return null;
        }

        if (await journal.FirstReceiptOfLotAsync(lot, cancellationToken) is not { } entry
            || EntryViews.ReceivedLots([entry]) is not [var received])
        {
            return null;
        }

        var origin = received.Bonded && received.SourceLine is { } source
            ? new BondedOrigin(received.Item, source.Line is { } line ? $"{source.Number}/{line}" : source.Number)
            : null;
        return new RegisterLotRequest($"bonded:{entry.Book.Value}:{entry.IdempotencyKey.Value}", received.Part, received.StockQuantity, origin, null);
    }
}

using Mes.Contracts.Production.Lots;

namespace Mes.Grains.Production.Lots;

/// <summary>
/// Lots that came into the plant through another record than production's own receiving: the bonded account book's
/// receipts. A lot grain that has never been registered asks here before it answers that it does not exist, so that
/// receiving stays one write (the journal's) and the reel is known on the line as soon as the receipt is committed.
/// </summary>
public interface IReceivedLots
{
    /// <summary>The registration the lot's first receipt implies, or null when no receipt brought it in.</summary>
    Task<RegisterLotRequest?> Find(string lotNo, CancellationToken cancellationToken);
}

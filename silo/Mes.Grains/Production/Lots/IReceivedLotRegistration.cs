using Mes.Contracts.Production.Lots;

namespace Mes.Grains.Production.Lots;

/// <summary>
/// What a lot grain asks of itself when a read finds it unregistered: registering from a receipt writes, and reads
/// interleave with writing calls, so the registration goes through the grain's own queue. Not part of the contracts.
/// </summary>
[Alias("mes.production.received-lot-registration")]
public interface IReceivedLotRegistration : IGrainWithStringKey
{
    /// <summary>Registers the lot from the receipt that brought it in, if there is one; the lot, or null.</summary>
    [Alias("register-received")]
    Task<LotSnapshot?> RegisterReceived();
}

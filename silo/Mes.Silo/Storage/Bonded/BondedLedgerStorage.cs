using Mes.Grains.Bonded;
using Mes.Grains.Bonded.Storage;
using Mes.Grains.Production.Lots;

namespace Mes.Silo.Storage.Bonded;

/// <summary>Registers what account-book grains need from the silo: their PostgreSQL stores and options (section <c>Bonded</c>).</summary>
public static class BondedLedgerStorage
{
    /// <summary>Adds the journal and master-data stores, the lots the journal received, and binds the <c>Bonded</c> options.</summary>
    public static IServiceCollection AddBondedLedgerStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<BondedLedgerOptions>(configuration.GetSection("Bonded"));
        services.Configure<BondedSeedOptions>(configuration.GetSection("Bonded"));
        services.AddSingleton<IBondedJournalStore, PostgresBondedJournal>();
        services.AddSingleton<IBondedMasterDataStore, PostgresBondedMasterData>();
        services.AddSingleton<IReceivedLots, JournalReceivedLots>();
        return services;
    }
}

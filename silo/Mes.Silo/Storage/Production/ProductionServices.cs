using Mes.Grains.Production.Genealogy;
using Mes.Grains.Production.Journal;
using Mes.Grains.Production.MasterData;
using Mes.Grains.Production.Oee;
using Mes.Grains.Production.Orders;
using Mes.Grains.Production.Telemetry;
using Mes.Silo.MasterData;

namespace Mes.Silo.Storage.Production;

/// <summary>Registers what the production grains need from the silo: PostgreSQL stores, the master-data
/// catalog, the telemetry writer and the sample-plant seed settings.</summary>
public static class ProductionServices
{
    /// <summary>Adds the production services, configured from <paramref name="configuration"/>.</summary>
    public static IServiceCollection AddProduction(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<MasterDataSeedOptions>(configuration.GetSection("MasterData"));
        services.Configure<TelemetryHistoryOptions>(configuration.GetSection("Telemetry"));
        services.AddSingleton<IProductionHistory, PostgresProductionHistory>();
        services.AddSingleton<IMasterDataVersions, PostgresMasterDataVersions>();
        services.AddSingleton<IGenealogyRecords, PostgresGenealogyRecords>();
        services.AddSingleton<IMachineRecords, PostgresMachineRecords>();
        services.AddSingleton<IOrderList, PostgresOrderList>();
        services.AddSingleton<PlantCatalog>();
        services.AddSingleton<TelemetryHistoryWriter>();
        services.AddSingleton<ITelemetryHistory>(s => s.GetRequiredService<TelemetryHistoryWriter>());
        services.AddHostedService(s => s.GetRequiredService<TelemetryHistoryWriter>());
        return services;
    }
}

using Mes.Grains;
using Mes.ServiceDefaults;
using Mes.Silo.Equipment;
using Mes.Silo.Faults;
using Mes.Silo.MasterData;
using Mes.Silo.Storage;
using Mes.Silo.Storage.Bonded;
using Mes.Silo.Storage.Production;
using Npgsql;
using Orleans.Configuration;
using Orleans.Serialization;
using Orleans.Dashboard;

namespace Mes.Silo;

/// <summary>Builds the silo process: Orleans on PostgreSQL, health, metrics and the dashboard.</summary>
public static class MesSilo
{
    private const string Invariant = "Npgsql";

    /// <summary>Builds a silo host from command-line arguments, appsettings and the environment.</summary>
    public static WebApplication Build(string[] args)
    {
        // Content root is where the binaries are, so appsettings.json is found whatever the working folder.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        var connectionString = PostgresConnection.FromConfiguration(builder.Configuration);
        var endpoints = builder.Configuration.GetSection("Silo").Get<SiloEndpoints>() ?? new SiloEndpoints();
        var clusterCertificate = ClusterTls.Certificate(builder.Configuration);

        builder.WebHost.UseKestrel(k => k.Listen(System.Net.IPAddress.Loopback, endpoints.HttpPort));
        builder.AddMesServiceDefaults("mes-silo",
                activitySources: ["Microsoft.Orleans.Runtime", "Microsoft.Orleans.Application"],
                meters: ["Microsoft.Orleans"])
            .AddCheck<SiloActiveHealthCheck>("orleans-silo", tags: [ServiceDefaults.ServiceDefaults.ReadyTag]);

        builder.Services.AddSingleton(TimeProvider.System);
        // A grain that cannot be activated because PostgreSQL is away answers with the driver's exception: let it travel,
        // so that the gateway can tell the caller to retry (StoreFaultFilter covers failures inside calls).
        builder.Services.Configure<ExceptionSerializationOptions>(o => o.SupportedNamespacePrefixes.Add("Npgsql"));
        builder.Services.AddNpgsqlDataSource(connectionString);
        builder.Services.AddSingleton<SchemaMigrator>();
        builder.Services.AddBondedLedgerStorage(builder.Configuration);
        builder.Services.AddProduction(builder.Configuration);
        builder.Services.AddEquipmentFeed(builder.Configuration);

        builder.UseOrleans(silo =>
        {
            silo.Configure<ClusterOptions>(builder.Configuration.GetSection("Orleans"));
            // How fast a dead silo is declared dead (probe timeout, missed probes, votes): docs/OPERATIONS.md.
            silo.Configure<ClusterMembershipOptions>(builder.Configuration.GetSection("Orleans:Membership"));
            silo.ConfigureEndpoints(System.Net.IPAddress.Parse(endpoints.AdvertisedAddress), endpoints.SiloPort, endpoints.GatewayPort, listenOnAnyHostAddress: false);
            silo.UseAdoNetClustering(o => { o.Invariant = Invariant; o.ConnectionString = connectionString; });
            if (clusterCertificate is not null)
            {
                silo.UseTls(clusterCertificate, o => ClusterTls.Configure(o, clusterCertificate));
            }
            silo.UseAdoNetReminderService(o => { o.Invariant = Invariant; o.ConnectionString = connectionString; });
            silo.UseSystemTextJsonGrainStorageSerializer();
            silo.AddAdoNetGrainStorage(StorageNames.Mes, o => { o.Invariant = Invariant; o.ConnectionString = connectionString; });
            silo.AddStartupTask<SampleMasterDataSeed>();
            silo.AddStartupTask<EquipmentAgentsStart>();
            silo.AddIncomingGrainCallFilter<StoreFaultFilter>();
            silo.AddActivityPropagation();
            silo.AddDashboard();
        });

        var app = builder.Build();
        app.MapMesDefaultEndpoints();
        app.MapOrleansDashboard(routePrefix: "/dashboard");
        return app;
    }

    /// <summary>
    /// Brings the schema up to date. Runs before Orleans starts, because the ADO.NET providers
    /// read their queries from the database when they start.
    /// </summary>
    public static async Task<IReadOnlyList<int>> MigrateAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        await services.GetRequiredService<SchemaMigrator>().ApplyAsync(Migration.Embedded(), cancellationToken);

    /// <summary>Brings the schema of the database at <paramref name="connectionString"/> up to date.</summary>
    public static async Task<IReadOnlyList<int>> MigrateAsync(string connectionString, ILoggerFactory loggerFactory, CancellationToken cancellationToken)
    {
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        var migrator = new SchemaMigrator(dataSource, loggerFactory.CreateLogger<SchemaMigrator>());
        return await migrator.ApplyAsync(Migration.Embedded(), cancellationToken);
    }
}

using System.Net;
using Google.Protobuf.Reflection;
using Mes.Gateway.Auth;
using Mes.Gateway.Faults;
using Mes.Gateway.Hosting;
using Mes.Gateway.Services;
using Mes.Gateway.Web;
using Mes.ServiceDefaults;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Orleans.Configuration;
using Orleans.Serialization;

namespace Mes.Gateway;

/// <summary>Builds the gateway process: an Orleans client serving mes.v1 over gRPC and JSON, over TLS, to authenticated callers.</summary>
public static partial class MesGateway
{
    /// <summary>Builds the gateway from command-line arguments, appsettings and the environment.</summary>
    public static WebApplication Build(string[] args)
    {
        // Content root is where the binaries are, so appsettings.json is found whatever the working folder.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        var connectionString = PostgresConnection.FromConfiguration(builder.Configuration);
        var endpoints = builder.Configuration.GetSection("Gateway").Get<GatewayEndpoints>() ?? new GatewayEndpoints();
        var certificate = GatewayCertificate.Load(endpoints.Tls, builder.Configuration, DateTimeOffset.UtcNow);
        var clusterCertificate = ClusterTls.Certificate(builder.Configuration);

        builder.WebHost.UseKestrel(k =>
        {
            var address = IPAddress.Parse(endpoints.BindAddress);
            k.Listen(address, endpoints.GrpcPort, o => { o.Protocols = HttpProtocols.Http2; o.UseHttps(certificate.Certificate); });
            k.Listen(address, endpoints.WebPort, o => { o.Protocols = HttpProtocols.Http1AndHttp2; o.UseHttps(certificate.Certificate); });
        });

        builder.AddMesServiceDefaults("mes-gateway",
                activitySources: ["Microsoft.Orleans.Runtime", "Microsoft.Orleans.Application"],
                meters: ["Microsoft.Orleans"])
            .AddCheck<OrleansClusterHealthCheck>("orleans-cluster", tags: [ServiceDefaults.ServiceDefaults.ReadyTag]);

        builder.UseOrleansClient(client =>
        {
            client.Configure<ClusterOptions>(builder.Configuration.GetSection("Orleans"));
            client.UseAdoNetClustering(o => { o.Invariant = "Npgsql"; o.ConnectionString = connectionString; });
            if (clusterCertificate is not null)
            {
                client.UseTls(clusterCertificate, o => ClusterTls.Configure(o, clusterCertificate));
            }
            client.AddActivityPropagation();
        });
        // A silo that fails to activate a grain because PostgreSQL is away sends the driver's exception along.
        builder.Services.Configure<ExceptionSerializationOptions>(o => o.SupportedNamespacePrefixes.Add("Npgsql"));
        builder.AddMesAuthentication();

        builder.Services.AddGrpc(o =>
            {
                o.EnableDetailedErrors = builder.Environment.IsDevelopment();
                // A grain call that failed for a passing reason is answered as retryable (UNAVAILABLE, ABORTED).
                o.Interceptors.Add<ClusterFaultInterceptor>();
                // Every gRPC and JSON call passes here: the roles declared on its method decide.
                o.Interceptors.Add<CallAuthorization>();
            })
            .AddJsonTranscoding(o =>
                // Error details travel as google.protobuf.Any; JSON needs their descriptors to write them.
                o.TypeRegistry = TypeRegistry.FromMessages(ApiErrors.DetailDescriptors));
        builder.Services.AddGrpcHealthChecks();
        builder.Services.AddGrpcReflection();
        builder.Services.AddMesOpenApi();

        var app = builder.Build();
        LogCertificate(app.Logger, certificate.Source, certificate.Certificate.Subject, certificate.Certificate.Thumbprint, certificate.Certificate.NotAfter.ToUniversalTime());
        // Authentication reads the cluster on every call: a passing failure there is a 503, not a 500.
        app.UseMiddleware<ClusterFaultMiddleware>();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseMesOpenApi();
        app.UseMesWebUi();
        app.MapGrpcService<AuthService>();
        app.MapGrpcService<PlantService>();
        app.MapGrpcService<Services.Bonded.BondedService>();
        app.MapGrpcService<WorkstationTerminalService>();
        app.MapGrpcService<ProductionService>();
        app.MapGrpcService<TraceService>();
        app.MapGrpcService<PerformanceService>();
        app.MapGrpcService<DashboardService>();
        // Probes run without credentials; reflection describes the API to any authenticated caller.
        app.MapGrpcHealthChecksService().AllowAnonymous();
        app.MapGrpcReflectionService().WithMetadata(new AllowedRolesAttribute([.. Role.All]));
        // Scraping is an integration: Prometheus presents an API key (or an admin token).
        app.MapMesDefaultEndpoints(metrics => metrics.RequireAuthorization(new AuthorizeAttribute { Roles = $"{Role.Admin},{Role.Integration}" }));
        return app;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Serving TLS with {Source}: {Subject}, thumbprint {Thumbprint}, valid until {NotAfter:O}")]
    private static partial void LogCertificate(ILogger logger, string source, string subject, string thumbprint, DateTime notAfter);
}

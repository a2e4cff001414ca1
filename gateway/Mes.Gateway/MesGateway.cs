using System.Net;
using Google.Protobuf.Reflection;
using Mes.Gateway.Hosting;
using Mes.Gateway.Services;
using Mes.ServiceDefaults;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Orleans.Configuration;

namespace Mes.Gateway;

/// <summary>Builds the gateway process: an Orleans client serving mes.v1 over gRPC and JSON.</summary>
public static class MesGateway
{
    /// <summary>Builds the gateway from command-line arguments, appsettings and the environment.</summary>
    public static WebApplication Build(string[] args)
    {
        // Content root is where the binaries are, so appsettings.json is found whatever the working folder.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        var connectionString = PostgresConnection.FromConfiguration(builder.Configuration);
        var endpoints = builder.Configuration.GetSection("Gateway").Get<GatewayEndpoints>() ?? new GatewayEndpoints();

        builder.WebHost.UseKestrel(k =>
        {
            var address = IPAddress.Parse(endpoints.BindAddress);
            k.Listen(address, endpoints.GrpcPort, o => o.Protocols = HttpProtocols.Http2);
            k.Listen(address, endpoints.WebPort, o => o.Protocols = HttpProtocols.Http1AndHttp2);
        });

        builder.AddMesServiceDefaults("mes-gateway",
                activitySources: ["Microsoft.Orleans.Runtime", "Microsoft.Orleans.Application"],
                meters: ["Microsoft.Orleans"])
            .AddCheck<OrleansClusterHealthCheck>("orleans-cluster", tags: [ServiceDefaults.ServiceDefaults.ReadyTag]);

        builder.UseOrleansClient(client =>
        {
            client.Configure<ClusterOptions>(builder.Configuration.GetSection("Orleans"));
            client.UseAdoNetClustering(o => { o.Invariant = "Npgsql"; o.ConnectionString = connectionString; });
            client.AddActivityPropagation();
        });

        builder.Services.AddGrpc(o => o.EnableDetailedErrors = builder.Environment.IsDevelopment()).AddJsonTranscoding(o =>
            // Error details travel as google.protobuf.Any; JSON needs their descriptors to write them.
            o.TypeRegistry = TypeRegistry.FromMessages(ApiErrors.DetailDescriptors));
        builder.Services.AddGrpcHealthChecks();
        builder.Services.AddGrpcReflection();

        var app = builder.Build();
        app.MapGrpcService<PlantService>();
        app.MapGrpcHealthChecksService();
        app.MapGrpcReflectionService();
        app.MapMesDefaultEndpoints();
        return app;
    }
}

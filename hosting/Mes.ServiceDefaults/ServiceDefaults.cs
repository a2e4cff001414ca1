using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Mes.ServiceDefaults;

/// <summary>Logs, traces, metrics and health endpoints shared by the silo and the gateway.</summary>
public static class ServiceDefaults
{
    /// <summary>Tag of health checks that must pass before a process takes traffic.</summary>
    public const string ReadyTag = "ready";

    /// <summary>
    /// Structured logs, OpenTelemetry traces and metrics (Prometheus scrape endpoint always; OTLP
    /// export when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set) and the health-check registry.
    /// </summary>
    /// <param name="builder">The host builder.</param>
    /// <param name="serviceName">The OpenTelemetry service name, e.g. <c>mes-silo</c>.</param>
    /// <param name="activitySources">Extra trace sources (e.g. Orleans).</param>
    /// <param name="meters">Extra meters (e.g. Orleans).</param>
    public static IHealthChecksBuilder AddMesServiceDefaults(
        this IHostApplicationBuilder builder, string serviceName, string[] activitySources, string[] meters)
    {
        ConfigureLogging(builder);

        var otel = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(serviceName, serviceInstanceId: Environment.MachineName + ":" + Environment.ProcessId))
            .WithTracing(tracing => tracing
                .AddSource(activitySources)
                .AddAspNetCoreInstrumentation(o => o.Filter = context => !IsInfrastructurePath(context.Request.Path))
                .AddNpgsql())
            .WithMetrics(metrics => metrics
                .AddMeter(meters)
                .AddMeter("Npgsql")
                .AddAspNetCoreInstrumentation()
                .AddRuntimeInstrumentation()
                .AddPrometheusExporter());

        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            otel.UseOtlpExporter();
        }

        return builder.Services.AddHealthChecks()
            .AddCheck("process", () => HealthCheckResult.Healthy(), tags: ["live"]);
    }

    /// <summary>Maps <c>/health/live</c>, <c>/health/ready</c> and the Prometheus <c>/metrics</c> endpoint.</summary>
    /// <param name="app">The application.</param>
    /// <param name="protectMetrics">
    /// Applied to the metrics endpoint where it is reachable by more than loopback callers (the gateway
    /// requires a credential; probes stay anonymous).
    /// </param>
    public static WebApplication MapMesDefaultEndpoints(this WebApplication app, Action<IEndpointConventionBuilder>? protectMetrics = null)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = check => check.Tags.Contains("live") });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) });
        var metrics = app.MapPrometheusScrapingEndpoint("/metrics");
        protectMetrics?.Invoke(metrics);
        return app;
    }

    private static bool IsInfrastructurePath(string? path) =>
        path is not null && (path.StartsWith("/health", StringComparison.Ordinal) || path.StartsWith("/metrics", StringComparison.Ordinal));

    // JSON lines by default so that logs are machine-readable wherever they land; MES_LOG_FORMAT=text
    // gives the console format developers read in a terminal.
    private static void ConfigureLogging(IHostApplicationBuilder builder)
    {
        builder.Logging.ClearProviders();
        if (string.Equals(builder.Configuration["MES_LOG_FORMAT"], "text", StringComparison.OrdinalIgnoreCase))
        {
            builder.Logging.AddSimpleConsole(o => { o.SingleLine = true; o.UseUtcTimestamp = true; o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ "; });
        }
        else
        {
            builder.Logging.AddJsonConsole(o => { o.UseUtcTimestamp = true; o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ"; });
        }
        builder.Logging.AddOpenTelemetry(o => { o.IncludeScopes = true; o.IncludeFormattedMessage = true; });
    }
}

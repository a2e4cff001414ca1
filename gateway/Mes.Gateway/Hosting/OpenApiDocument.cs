using Mes.Gateway.Auth;
using Microsoft.OpenApi.Models;

namespace Mes.Gateway.Hosting;

/// <summary>
/// The OpenAPI description of the JSON API (the gRPC methods' HTTP routes), served anonymously at
/// <see cref="Path"/>: it describes the API, which is public like the project, and a client needs
/// it before it has credentials.
/// </summary>
public static class OpenApiDocument
{
    /// <summary>Where the document is served.</summary>
    public const string Path = "/openapi/v1.json";

    /// <summary>Registers the generator, with the proto comments and the gateway's credentials.</summary>
    public static IServiceCollection AddMesOpenApi(this IServiceCollection services)
    {
        services.AddGrpcSwagger();
        services.AddSwaggerGen(o =>
        {
            o.SwaggerDoc("v1", new OpenApiInfo
            {
                Title = "Zone MES",
                Version = "v1",
                Description = "The JSON form of the mes.v1 gRPC API. Every route needs a credential except POST /v1/auth/login; see docs/security/authorization.md for the roles of each.",
            });
            var comments = System.IO.Path.Combine(AppContext.BaseDirectory, "Mes.Gateway.xml");
            if (File.Exists(comments))
            {
                o.IncludeXmlComments(comments);
                o.IncludeGrpcXmlComments(comments, includeControllerXmlComments: true);
            }
            o.AddSecurityDefinition("bearer", new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = "A token from POST /v1/auth/login (or /v1/auth/badge-login at a terminal), or from the plant's identity provider.",
            });
            o.AddSecurityDefinition("apiKey", new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Header,
                Name = Schemes.ApiKeyHeader,
                Description = "An integration's API key, <id>.<secret>.",
            });
            o.AddSecurityDefinition("terminalKey", new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Header,
                Name = Schemes.TerminalKeyHeader,
                Description = "A workstation terminal's key, <id>.<secret>.",
            });
            // One requirement per scheme: any one of them authenticates a call.
            foreach (var scheme in new[] { "bearer", "apiKey", "terminalKey" })
            {
                o.AddSecurityRequirement(new OpenApiSecurityRequirement { [Reference(scheme)] = [] });
            }
        });
        return services;
    }

    /// <summary>Serves the document at <see cref="Path"/>.</summary>
    public static WebApplication UseMesOpenApi(this WebApplication app)
    {
        app.UseSwagger(o => o.RouteTemplate = "openapi/{documentName}.json");
        return app;
    }

    private static OpenApiSecurityScheme Reference(string id) =>
        new() { Reference = new OpenApiReference { Type = ReferenceType.SecurityScheme, Id = id } };
}

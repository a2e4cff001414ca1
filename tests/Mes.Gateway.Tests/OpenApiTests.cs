using System.Net;
using System.Text.Json;
using Mes.Gateway.Tests.Support;

namespace Mes.Gateway.Tests;

[Collection(GatewayCollection.Name)]
public sealed class OpenApiTests(GatewaySystem system)
{
    [Fact]
    public async Task The_openapi_document_describes_every_json_route_and_the_credentials_it_takes()
    {
        using var response = await system.Gateway.Http.GetAsync(new Uri("/openapi/v1.json", UriKind.Relative));
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var paths = document.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        var schemes = document.RootElement.GetProperty("components").GetProperty("securitySchemes").EnumerateObject().Select(p => p.Name);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("/v1/auth/login", paths);
        Assert.Contains("/v1/auth/badge-login", paths);
        Assert.Contains("/v1/workstations/{workstationId}", paths);
        Assert.Equal(["apiKey", "bearer", "terminalKey"], schemes.Order(StringComparer.Ordinal));
    }
}

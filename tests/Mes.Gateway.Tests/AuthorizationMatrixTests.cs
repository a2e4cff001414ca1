using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Grpc.Core;
using Mes.Gateway.Auth;
using Mes.Gateway.Tests.Support;

namespace Mes.Gateway.Tests;

[Collection(GatewayCollection.Name)]
public sealed class AuthorizationMatrixTests(GatewaySystem system)
{
    private static readonly string[] Callers = ["anonymous", .. Role.All];

    [Fact]
    public async Task Every_mapped_grpc_method_declares_exactly_the_callers_the_documented_matrix_allows()
    {
        var methods = await DeclaredMethods.ReadAsync(system.ConnectionString, system.DevelopmentCertificatePath);
        var documented = AuthorizationDocument.Read();

        var mismatches = new List<string>();
        foreach (var (method, declarations) in methods)
        {
            if (declarations.Any(d => d is null))
            {
                mismatches.Add($"{method.FullName}: declares no callers ([AllowedRoles] or [AllowAnonymous] on the service method)");
                continue;
            }
            if (!documented.TryGetValue(method.FullName, out var row))
            {
                mismatches.Add($"{method.FullName}: missing from {AuthorizationDocument.Path}");
                continue;
            }
            foreach (var declaration in declarations)
            {
                mismatches.AddRange(Callers
                    .Where(caller => row[caller] != (declaration!.Anonymous || declaration.Roles.Contains(caller)))
                    .Select(caller => $"{method.FullName}: the document says {caller} is {(row[caller] ? "allowed" : "refused")}, the declaration says otherwise"));
            }
        }
        mismatches.AddRange(documented.Keys.Except(methods.Select(m => m.Method.FullName)).Select(m => $"{m}: documented but not mapped"));

        Assert.True(mismatches.Count == 0, string.Join('\n', mismatches.Distinct()));
    }

    [Fact]
    public async Task Every_rpc_called_by_every_role_and_without_credentials_is_allowed_or_refused_as_documented()
    {
        var invoker = system.Gateway.Channel.CreateCallInvoker();
        var methods = await DeclaredMethods.ReadAsync(system.ConnectionString, system.DevelopmentCertificatePath);
        var documented = AuthorizationDocument.Read();

        var mismatches = new List<string>();
        var calls = 0;
        foreach (var (method, _) in methods)
        {
            foreach (var caller in Callers)
            {
                var (code, reason) = await RawCall.InvokeAsync(invoker, method, system.Callers[caller]);
                calls++;
                var expected = !documented[method.FullName][caller] ? caller == "anonymous"
                        ? (StatusCode.Unauthenticated, AuthReasons.CredentialsMissing)
                        : (StatusCode.PermissionDenied, AuthReasons.RoleNotAllowed)
                    : ((StatusCode, string?)?)null;
                var refusedByAuthorization = code is StatusCode.Unauthenticated or StatusCode.PermissionDenied;
                if (expected is { } refusal ? (code, reason) != refusal : refusedByAuthorization)
                {
                    mismatches.Add($"{method.FullName} as {caller}: got {code} {reason}, expected {(expected is { } e ? $"{e.Item1} {e.Item2}" : "to pass authorization")}");
                }
            }
        }

        Assert.True(mismatches.Count == 0, string.Join('\n', mismatches));
        Assert.Equal(methods.Count * Callers.Length, calls);
    }

    [Fact]
    public async Task A_json_route_without_credentials_is_401_with_the_reason_in_the_body()
    {
        using var response = await system.Gateway.Http.GetAsync(new Uri("/v1/workstations/smt-01-aoi", UriKind.Relative));
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(AuthReasons.CredentialsMissing, body.RootElement.GetProperty("details")[0].GetProperty("reason").GetString());
    }

    [Fact]
    public async Task A_json_route_called_by_a_role_it_does_not_allow_is_403_naming_the_allowed_roles()
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, "/v1/users/fixture-customs/roles")
        {
            Content = JsonContent.Create(new { roles = new[] { Role.Manager } }),
        };
        request.Headers.Add("authorization", system.Callers[Role.Manager].GetValue("authorization"));
        using var response = await system.Gateway.Http.SendAsync(request);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var detail = body.RootElement.GetProperty("details")[0];

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(AuthReasons.RoleNotAllowed, detail.GetProperty("reason").GetString());
        Assert.Equal("admin", detail.GetProperty("metadata").GetProperty("allowed_roles").GetString());
    }

    [Fact]
    public async Task A_json_route_called_by_an_allowed_role_answers_with_the_resource()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/v1/workstations/smt-01-spi");
        request.Headers.Add(Schemes.ApiKeyHeader, system.Callers[Role.Integration].GetValue(Schemes.ApiKeyHeader));
        using var response = await system.Gateway.Http.SendAsync(request);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("smt-01-spi", body.RootElement.GetProperty("workstationId").GetString());
    }
}

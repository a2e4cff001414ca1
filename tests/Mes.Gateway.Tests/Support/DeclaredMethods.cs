using System.Security.Cryptography;
using Grpc.AspNetCore.Server;
using Grpc.Core;
using Mes.Gateway.Auth;
using Mes.Testing;
using Microsoft.AspNetCore.Routing;

namespace Mes.Gateway.Tests.Support;

/// <summary>
/// Every gRPC method the gateway maps, read from its endpoint data source (gRPC and JSON routes
/// alike), with the declaration each endpoint carries. The gateway is built as the process builds
/// it, but not started.
/// </summary>
internal static class DeclaredMethods
{
    public static async Task<IReadOnlyList<(IMethod Method, IReadOnlyList<CallDeclaration?> Declarations)>> ReadAsync(string connectionString, string certificatePath)
    {
        await using var app = MesGateway.Build(
        [
            $"--MES_POSTGRES={connectionString}",
            $"--MES_JWT_SIGNING_KEY={Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))}",
            $"--Gateway:Tls:DevelopmentCertificate={certificatePath}",
            $"--Gateway:GrpcPort={FreePort.Next()}",
            $"--Gateway:WebPort={FreePort.Next()}",
        ]);
        var endpoints = ((IEndpointRouteBuilder)app).DataSources.SelectMany(source => source.Endpoints)
            .Where(e => e.Metadata.GetMetadata<GrpcMethodMetadata>() is not null);
        return [.. endpoints
            .GroupBy(e => e.Metadata.GetMetadata<GrpcMethodMetadata>()!.Method.FullName)
            .Select(g => (g.First().Metadata.GetMetadata<GrpcMethodMetadata>()!.Method, (IReadOnlyList<CallDeclaration?>)[.. g.Select(CallDeclaration.Of)]))
            .OrderBy(m => m.Method.FullName, StringComparer.Ordinal)];
    }
}

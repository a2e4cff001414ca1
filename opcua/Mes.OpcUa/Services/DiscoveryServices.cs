using Mes.OpcUa.Types;

namespace Mes.OpcUa.Services;

/// <summary>GetEndpoints (Part 4 §5.4.4): the server's one None endpoint with its user token policies.</summary>
internal sealed class DiscoveryServices(ServerContext state)
{
    public GetEndpointsResponse GetEndpoints(GetEndpointsRequest request) => new()
    {
        ResponseHeader = state.Header(request.RequestHeader),
        Endpoints = state.Endpoints(),
    };
}

using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Mes.Contracts.Plant;
using Mes.Gateway.Api.V1;
using Mes.Gateway.Auth;

namespace Mes.Gateway.Services;

/// <summary>mes.v1.Plant: the plant's structure, answered by workstation grains.</summary>
public sealed class PlantService(IClusterClient cluster) : Api.V1.Plant.PlantBase
{
    [AllowedRoles(Role.Operator, Role.Supervisor, Role.Manager, Role.Customs, Role.Integration, Role.Admin, Role.Terminal)]
    public override async Task<Workstation> GetWorkstation(GetWorkstationRequest request, ServerCallContext context)
    {
        var key = RequireWorkstationKey(request.WorkstationId);
        var snapshot = await cluster.GetGrain<IWorkstationGrain>(key).Get()
            ?? throw ApiErrors.NotFound("workstation", request.WorkstationId);
        return ToMessage(snapshot);
    }

    [AllowedRoles(Role.Supervisor, Role.Admin)]
    public override async Task<Workstation> RegisterWorkstation(RegisterWorkstationRequest request, ServerCallContext context)
    {
        var key = RequireWorkstationKey(request.WorkstationId);
        if (string.IsNullOrWhiteSpace(request.LineId))
        {
            throw ApiErrors.InvalidArgument("line_id", "is required");
        }
        if (string.IsNullOrWhiteSpace(request.WorkstationType))
        {
            throw ApiErrors.InvalidArgument("workstation_type", "is required");
        }
        var name = string.IsNullOrWhiteSpace(request.Name) ? request.WorkstationId : request.Name.Trim();
        var snapshot = await cluster.GetGrain<IWorkstationGrain>(key)
            .Register(new RegisterWorkstation(name, request.LineId.Trim(), request.WorkstationType.Trim()));
        return ToMessage(snapshot);
    }

    private static string RequireWorkstationKey(string id) =>
        WorkstationKey.IsValidId(id)
            ? WorkstationKey.For(id)
            : throw ApiErrors.InvalidArgument("workstation_id", "must be 1 to 64 lower-case letters, digits or dashes, starting with a letter or digit");

    private static Workstation ToMessage(WorkstationSnapshot s) => new()
    {
        WorkstationId = s.Id,
        Name = s.Name,
        LineId = s.LineId,
        WorkstationType = s.WorkstationType,
        RegisteredAt = Timestamp.FromDateTimeOffset(s.RegisteredAt),
    };
}

using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Mes.Contracts.Production;
using Mes.Contracts.Production.Workstations;
using Mes.Gateway.Api.V1;
using Mes.Gateway.Auth;

namespace Mes.Gateway.Services;

/// <summary>mes.v1.Plant: the plant's structure from master data, answered by workstation grains.</summary>
public sealed class PlantService(IClusterClient cluster) : Api.V1.Plant.PlantBase
{
    [AllowedRoles(Role.Operator, Role.Supervisor, Role.Manager, Role.Customs, Role.Integration, Role.Admin, Role.Terminal)]
    public override async Task<Workstation> GetWorkstation(GetWorkstationRequest request, ServerCallContext context)
    {
        var key = RequireWorkstationKey(request.WorkstationId);
        var status = await cluster.GetGrain<IWorkstationGrain>(key).Get()
            ?? throw ApiErrors.NotFound("workstation", request.WorkstationId);
        return new Workstation
        {
            WorkstationId = status.WorkstationId,
            Name = status.Name,
            LineId = status.LineId,
            WorkstationType = status.WorkstationType,
            MasterDataVersion = status.MasterDataVersion,
            MachineState = status.Machine.E10State,
            MachineStateSince = status.Machine.Since is { } since ? Timestamp.FromDateTimeOffset(since) : null,
            OperatorBadge = status.Operator?.Badge ?? "",
            OrderNo = status.Order?.OrderNo ?? "",
        };
    }

    private static string RequireWorkstationKey(string id) =>
        GrainKey.Workstation.IsValidId(id)
            ? GrainKey.Workstation.For(id)
            : throw ApiErrors.InvalidArgument("workstation_id", GrainKey.Workstation.Rule);
}

using Grpc.Core;
using Mes.Contracts.Production;
using Mes.Gateway.Api.V1;
using Mes.Gateway.Auth;
using Contract = Mes.Contracts.Production.Workstations;
using IWorkInstructionGrain = Mes.Contracts.Production.Instructions.IWorkInstructionGrain;
using IWorkstationGrain = Mes.Contracts.Production.Workstations.IWorkstationGrain;

namespace Mes.Gateway.Services;

/// <summary>
/// mes.v1.WorkstationTerminal: what a terminal does at its workstation, answered by the workstation grain.
/// Operators act at the workstation their badge log-in bound them to; supervisors and admins anywhere.
/// </summary>
public sealed class WorkstationTerminalService(IClusterClient cluster) : WorkstationTerminal.WorkstationTerminalBase
{
    [AllowedRoles(Role.Operator, Role.Supervisor, Role.Admin)]
    public override async Task<WorkstationStatus> LogIn(LogInRequest request, ServerCallContext context) =>
        ShopFloorMessages.Workstation(await Station(request.WorkstationId)
            .LogIn(new Contract.LogInRequest(RequestFields.RequestId(request.RequestId), RequestFields.Required(request.Badge, "badge"))).OrThrow());

    [AllowedRoles(Role.Operator, Role.Supervisor, Role.Admin)]
    public override async Task<WorkstationStatus> LogOut(LogOutRequest request, ServerCallContext context) =>
        ShopFloorMessages.Workstation(await Station(request.WorkstationId)
            .LogOut(new Contract.LogOutRequest(RequestFields.RequestId(request.RequestId))).OrThrow());

    [AllowedRoles(Role.Operator, Role.Supervisor, Role.Admin)]
    public override async Task<WorkstationStatus> SelectOrder(SelectOrderRequest request, ServerCallContext context) =>
        ShopFloorMessages.Workstation(await Station(request.WorkstationId).SelectOrder(new Contract.SelectOrderRequest(
            RequestFields.RequestId(request.RequestId), RequestFields.Id(GrainKey.Order, request.OrderNo, "order_no"))).OrThrow());

    [AllowedRoles(Role.Operator, Role.Supervisor, Role.Admin)]
    public override async Task<WorkstationStatus> LoadMaterial(LoadMaterialRequest request, ServerCallContext context) =>
        ShopFloorMessages.Workstation(await Station(request.WorkstationId).LoadMaterial(new Contract.LoadMaterialRequest(
            RequestFields.RequestId(request.RequestId), RequestFields.Required(request.Slot, "slot"),
            RequestFields.Id(GrainKey.Lot, request.LotNo, "lot_no"))).OrThrow());

    [AllowedRoles(Role.Operator, Role.Supervisor, Role.Admin)]
    public override async Task<WorkstationStatus> UnloadMaterial(UnloadMaterialRequest request, ServerCallContext context) =>
        ShopFloorMessages.Workstation(await Station(request.WorkstationId).UnloadMaterial(new Contract.UnloadMaterialRequest(
            RequestFields.RequestId(request.RequestId), RequestFields.Required(request.Slot, "slot"))).OrThrow());

    [AllowedRoles(Role.Operator, Role.Supervisor, Role.Admin)]
    public override async Task<Unit> StartUnit(StartUnitRequest request, ServerCallContext context) =>
        ShopFloorMessages.Unit(await Station(request.WorkstationId).StartUnit(new Contract.StartUnitRequest(
            RequestFields.RequestId(request.RequestId), RequestFields.Id(GrainKey.Unit, request.Serial, "serial"),
            string.IsNullOrWhiteSpace(request.OperationId) ? null : request.OperationId.Trim())).OrThrow());

    [AllowedRoles(Role.Operator, Role.Supervisor, Role.Admin)]
    public override async Task<Unit> CompleteUnit(CompleteUnitRequest request, ServerCallContext context)
    {
        var passed = request.Result switch
        {
            OperationResult.Pass => true,
            OperationResult.Fail => false,
            _ => throw ApiErrors.InvalidArgument("result", "must be OPERATION_RESULT_PASS or OPERATION_RESULT_FAIL"),
        };
        var measurements = request.Measurements
            .Select((m, i) => new Contract.MeasuredValue(RequestFields.Required(m.Step, $"measurements[{i}].step"), RequestFields.Decimal(m.Value, $"measurements[{i}].value")))
            .ToList();
        var components = request.ComponentSerials.Select((s, i) => RequestFields.Id(GrainKey.Unit, s, $"component_serials[{i}]")).ToList();
        var defects = request.DefectCodes.Select((d, i) => RequestFields.Required(d, $"defect_codes[{i}]")).ToList();
        return ShopFloorMessages.Unit(await Station(request.WorkstationId).CompleteUnit(new Contract.CompleteUnitRequest(
            RequestFields.RequestId(request.RequestId), RequestFields.Id(GrainKey.Unit, request.Serial, "serial"),
            passed, defects, measurements, components)).OrThrow());
    }

    [AllowedRoles(Role.Operator, Role.Supervisor, Role.Admin)]
    public override async Task<WorkstationStatus> ReportDowntime(ReportDowntimeRequest request, ServerCallContext context) =>
        ShopFloorMessages.Workstation(await Station(request.WorkstationId).ReportDowntime(new Contract.ReportDowntimeRequest(
            RequestFields.RequestId(request.RequestId), RequestFields.Required(request.ReasonCode, "reason_code"))).OrThrow());

    [AllowedRoles(Role.Operator, Role.Supervisor, Role.Admin)]
    public override async Task<Unit> HoldUnit(HoldUnitRequest request, ServerCallContext context) =>
        ShopFloorMessages.Unit(await Station(request.WorkstationId).HoldUnit(new Contract.HoldUnitRequest(
            RequestFields.RequestId(request.RequestId), RequestFields.Id(GrainKey.Unit, request.Serial, "serial"),
            RequestFields.Required(request.Reason, "reason"))).OrThrow());

    [AllowedRoles(Role.Operator, Role.Supervisor, Role.Admin)]
    public override async Task<Unit> ReleaseUnit(ReleaseUnitRequest request, ServerCallContext context) =>
        ShopFloorMessages.Unit(await Station(request.WorkstationId).ReleaseUnit(new Contract.ReleaseUnitRequest(
            RequestFields.RequestId(request.RequestId), RequestFields.Id(GrainKey.Unit, request.Serial, "serial"))).OrThrow());

    [AllowedRoles(Role.Operator, Role.Supervisor, Role.Admin)]
    public override async Task<Lot> HoldLot(HoldLotRequest request, ServerCallContext context) =>
        ShopFloorMessages.Lot(await Station(request.WorkstationId).HoldLot(new Contract.HoldLotRequest(
            RequestFields.RequestId(request.RequestId), RequestFields.Id(GrainKey.Lot, request.LotNo, "lot_no"),
            RequestFields.Required(request.Reason, "reason"))).OrThrow());

    [AllowedRoles(Role.Operator, Role.Supervisor, Role.Admin)]
    public override async Task<Lot> ReleaseLot(ReleaseLotRequest request, ServerCallContext context) =>
        ShopFloorMessages.Lot(await Station(request.WorkstationId).ReleaseLot(new Contract.ReleaseLotRequest(
            RequestFields.RequestId(request.RequestId), RequestFields.Id(GrainKey.Lot, request.LotNo, "lot_no"))).OrThrow());

    [AllowedRoles(Role.Operator, Role.Supervisor, Role.Manager, Role.Customs, Role.Integration, Role.Admin, Role.Terminal)]
    public override async Task<WorkInstruction> GetWorkInstruction(GetWorkInstructionRequest request, ServerCallContext context) =>
        WorkInstructionMessages.From(await cluster.GetGrain<IWorkInstructionGrain>(0)
            .ForWorkstation(RequestFields.Id(GrainKey.Workstation, request.WorkstationId, "workstation_id")).OrThrow());

    [AllowedRoles(Role.Operator, Role.Supervisor, Role.Manager, Role.Customs, Role.Integration, Role.Admin, Role.Terminal)]
    public override async Task<WorkstationStatus> GetWorkstationStatus(GetWorkstationStatusRequest request, ServerCallContext context) =>
        ShopFloorMessages.Workstation(await Station(request.WorkstationId).Get()
            ?? throw ApiErrors.NotFound(GrainKey.Workstation.ResourceType, request.WorkstationId));

    private IWorkstationGrain Station(string workstationId) =>
        cluster.GetGrain<IWorkstationGrain>(RequestFields.Key(GrainKey.Workstation, workstationId, "workstation_id"));
}

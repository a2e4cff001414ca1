using Grpc.Core;
using Mes.Gateway.Api.V1;
using Mes.Gateway.Auth;
using Mes.Gateway.Tests.Support;

namespace Mes.Gateway.Tests;

[Collection(GatewayCollection.Name)]
public sealed class WorkstationBindingTests(GatewaySystem system)
{
    [Fact]
    public async Task An_operator_reads_the_workstation_of_their_terminal()
    {
        var workstation = await system.Plant.GetWorkstationAsync(new GetWorkstationRequest { WorkstationId = GatewaySystem.TerminalWorkstation }, system.Callers[Role.Operator]);

        Assert.Equal(GatewaySystem.TerminalWorkstation, workstation.WorkstationId);
    }

    [Fact]
    public async Task An_operator_naming_another_workstation_is_denied_with_both_workstations_named()
    {
        var error = await Assert.ThrowsAsync<RpcException>(async () => await system.Plant.GetWorkstationAsync(
            new GetWorkstationRequest { WorkstationId = GatewaySystem.OtherWorkstation }, system.Callers[Role.Operator]));
        var info = Errors.InfoOf(error);

        Assert.Equal(StatusCode.PermissionDenied, error.StatusCode);
        Assert.Equal(AuthReasons.WorkstationMismatch, info.Reason);
        Assert.Equal(GatewaySystem.TerminalWorkstation, info.Metadata["bound_workstation"]);
        Assert.Equal(GatewaySystem.OtherWorkstation, info.Metadata["requested_workstation"]);
        Assert.Equal("workstation_id", info.Metadata["field"]);
    }

    [Fact]
    public async Task A_terminal_naming_another_workstation_is_denied()
    {
        var error = await Assert.ThrowsAsync<RpcException>(async () => await system.Plant.GetWorkstationAsync(
            new GetWorkstationRequest { WorkstationId = GatewaySystem.OtherWorkstation }, system.Callers[Role.Terminal]));

        Assert.Equal(AuthReasons.WorkstationMismatch, Errors.ReasonOf(error));
    }

    [Fact]
    public async Task A_caller_bound_to_no_workstation_reads_any_workstation()
    {
        var workstation = await system.Plant.GetWorkstationAsync(new GetWorkstationRequest { WorkstationId = GatewaySystem.OtherWorkstation }, system.Callers[Role.Manager]);

        Assert.Equal(GatewaySystem.OtherWorkstation, workstation.WorkstationId);
    }
}

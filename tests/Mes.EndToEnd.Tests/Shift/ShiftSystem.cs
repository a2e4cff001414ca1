using Grpc.Core;
using Mes.EndToEnd.Tests.Production;
using Mes.Gateway.Api.V1;
using Mes.Testing;

namespace Mes.EndToEnd.Tests.Shift;

/// <summary>
/// What <c>./mes up</c> starts, as processes: the PLC simulator serving the sample line, a silo whose
/// equipment agents subscribe to it (the sample plant's equipment pointed at this simulator's port), and the
/// gateway. Terminals are provisioned for the line's workstations and operators badge in at them.
/// </summary>
public sealed class ShiftSystem : RunningSystem
{
    private SimulatorProcess? simulator;
    private SamplePlantCopy? plant;

    /// <summary>
    /// A scripted terminal for <paramref name="badge"/>: a terminal is provisioned at every workstation of the route
    /// and the badge logs in through each, so every terminal call goes with credentials bound to its workstation.
    /// </summary>
    public async Task<ScriptedTerminal> TerminalFor(string badge)
    {
        var auth = new Auth.AuthClient(Channel);
        var operators = new Dictionary<string, Metadata>();
        foreach (var (workstationId, _) in SamplePlantRoute.Read().Workstations)
        {
            var terminal = await auth.ProvisionTerminalAsync(new ProvisionTerminalRequest { WorkstationId = workstationId }, Admin);
            var token = await auth.BadgeLoginAsync(new BadgeLoginRequest { Badge = badge }, new Metadata { { "x-terminal-key", terminal.TerminalKey } });
            operators[workstationId] = new Metadata { { "authorization", "Bearer " + token.AccessToken } };
        }
        return new ScriptedTerminal(Channel, Admin, badge, workstationId => operators[workstationId]);
    }

    protected override async Task ConfigureSiloAsync(IDictionary<string, string?> settings)
    {
        simulator = await SimulatorProcess.StartAsync(speed: 10);
        plant = await SamplePlantCopy.WithEquipmentAtAsync(simulator.Endpoint);
        settings["Equipment__StartAgents"] = "true";
        settings["MasterData__SamplesPath"] = plant.Folder;
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (simulator is not null)
        {
            await simulator.DisposeAsync();
        }
        plant?.Dispose();
    }
}

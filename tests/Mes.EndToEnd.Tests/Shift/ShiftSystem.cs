using Grpc.Core;
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
    private readonly string plant = Directory.CreateTempSubdirectory("mes-shift-plant-").FullName;
    private readonly Dictionary<string, Metadata> operators = [];
    private SimulatorProcess? simulator;

    /// <summary>The simulator process.</summary>
    public SimulatorProcess Simulator => simulator!;

    /// <summary>
    /// Provisions a terminal at the workstation and badges <paramref name="badge"/> in through it, once;
    /// returns the operator's credentials, bound to that workstation.
    /// </summary>
    public async Task<Metadata> OperatorAt(string workstationId, string badge)
    {
        if (operators.TryGetValue(workstationId, out var known))
        {
            return known;
        }
        var auth = new Auth.AuthClient(Channel);
        var terminal = await auth.ProvisionTerminalAsync(new ProvisionTerminalRequest { WorkstationId = workstationId }, Admin);
        var token = await auth.BadgeLoginAsync(new BadgeLoginRequest { Badge = badge }, new Metadata { { "x-terminal-key", terminal.TerminalKey } });
        return operators[workstationId] = new Metadata { { "authorization", "Bearer " + token.AccessToken } };
    }

    protected override async Task ConfigureSiloAsync(IDictionary<string, string?> settings)
    {
        simulator = await SimulatorProcess.StartAsync(speed: 10);
        foreach (var file in Directory.GetFiles(Path.Combine(Repository.Root, "samples", "plant"), "*.json"))
        {
            var text = await File.ReadAllTextAsync(file);
            await File.WriteAllTextAsync(Path.Combine(plant, Path.GetFileName(file)),
                text.Replace("opc.tcp://127.0.0.1:4840", simulator.Endpoint, StringComparison.Ordinal));
        }
        settings["Equipment__StartAgents"] = "true";
        settings["MasterData__SamplesPath"] = plant;
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (simulator is not null)
        {
            await simulator.DisposeAsync();
        }
        Directory.Delete(plant, recursive: true);
    }
}

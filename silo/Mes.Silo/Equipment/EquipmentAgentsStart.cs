using Mes.Contracts.Production;
using Mes.Contracts.Production.Equipment;
using Mes.Domain.Production.Machines;
using Mes.Grains.Production.MasterData;
using Microsoft.Extensions.Options;

namespace Mes.Silo.Equipment;

/// <summary>
/// On silo start: makes sure an equipment agent runs for every endpoint of the current master data.
/// Each agent registers its reminder, so after this first start the reminder service keeps them
/// running wherever the cluster puts them; running this on every silo is harmless.
/// </summary>
public sealed partial class EquipmentAgentsStart(
    IGrainFactory grains,
    PlantCatalog catalog,
    IOptions<EquipmentFeedOptions> options,
    ILogger<EquipmentAgentsStart> logger) : IStartupTask
{
    /// <inheritdoc />
    public async Task Execute(CancellationToken cancellationToken)
    {
        if (!options.Value.StartAgents)
        {
            return;
        }

        // The sample seed may be importing the first master data at the same moment.
        for (var attempt = 0; attempt < 60 && !cancellationToken.IsCancellationRequested; attempt++)
        {
            if (await catalog.Current() is { } master)
            {
                foreach (var endpoint in EquipmentSubscription.Endpoints(master))
                {
                    if (!GrainKey.Equipment.IsValidId(endpoint))
                    {
                        LogBadEndpoint(endpoint);
                        continue;
                    }
                    await grains.GetGrain<IEquipmentAgentGrain>(GrainKey.Equipment.For(endpoint)).Ensure();
                }
                return;
            }
            await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Equipment endpoint {Endpoint} is not an opc.tcp URL; no agent started for it")]
    private partial void LogBadEndpoint(string endpoint);
}

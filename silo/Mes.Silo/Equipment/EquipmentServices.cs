using Mes.Grains.Production.Agents;

namespace Mes.Silo.Equipment;

/// <summary>Registers the OPC UA side of the equipment agents.</summary>
public static class EquipmentServices
{
    /// <summary>Adds the OPC UA equipment feed, configured from the <c>Equipment</c> section.</summary>
    public static IServiceCollection AddEquipmentFeed(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<EquipmentFeedOptions>(configuration.GetSection("Equipment"));
        services.AddSingleton<IEquipmentFeed, OpcUaEquipmentFeed>();
        return services;
    }
}

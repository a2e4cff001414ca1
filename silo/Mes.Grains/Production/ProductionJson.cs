using System.Text.Json;
using System.Text.Json.Serialization;

namespace Mes.Grains.Production;

/// <summary>
/// How production data is written as JSON outside the grain state: event payloads in the history and
/// master-data versions. camelCase and enum names, so that the jsonb columns read well in SQL.
/// </summary>
public static class ProductionJson
{
    /// <summary>The serializer options.</summary>
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        options.Converters.Add(new JsonStringEnumConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}

using System.Text.Json;
using System.Text.Json.Serialization;

namespace Mes.PlcSimulator.Events;

/// <summary>Writes events as JSON lines (one object per line, <c>type</c> first, camelCase fields, enums as names).</summary>
public sealed class JsonLinesEventWriter : ISimulationEventSink, IDisposable
{
    /// <summary>The options the events are written with (and can be read back with).</summary>
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    private static readonly byte[] NewLine = "\n"u8.ToArray();

    private readonly Stream stream;
    private readonly Utf8JsonWriter writer;

    /// <summary>Writes to <paramref name="stream"/>, which the writer then owns.</summary>
    public JsonLinesEventWriter(Stream stream)
    {
        this.stream = stream;
        writer = new Utf8JsonWriter(stream);
    }

    /// <inheritdoc />
    public void Record(SimulationEvent simulationEvent)
    {
        JsonSerializer.Serialize(writer, simulationEvent, Options);
        writer.Flush();
        writer.Reset();
        stream.Write(NewLine);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        writer.Dispose();
        stream.Dispose();
    }
}

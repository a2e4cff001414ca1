namespace Mes.Silo.Equipment;

/// <summary>How the silo subscribes to machines (configuration section <c>Equipment</c>).</summary>
public sealed class EquipmentFeedOptions
{
    /// <summary>How often the server samples each value.</summary>
    public TimeSpan SamplingInterval { get; set; } = TimeSpan.FromMilliseconds(100);

    /// <summary>How often the server sends what changed: the latency of the live view, and the batch size.</summary>
    public TimeSpan PublishingInterval { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>
    /// Values the server keeps per item between two Publish responses, so that a state that changes and
    /// changes back within one publishing interval is still seen.
    /// </summary>
    public uint QueueSize { get; set; } = 10;

    /// <summary>
    /// Whether the silo starts an agent for every endpoint of the master data when it starts. Tests that do
    /// not want a machine switch it off, so that they never listen to whatever serves the default endpoint.
    /// </summary>
    public bool StartAgents { get; set; } = true;

    /// <summary>OPC UA user name, when the machines do not allow anonymous sessions.</summary>
    public string? UserName { get; set; }
}

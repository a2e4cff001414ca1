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

    /// <summary>OPC UA user name, when the machines do not allow anonymous sessions (password: MES_OPCUA_PASSWORD).</summary>
    public string? UserName { get; set; }

    /// <summary>
    /// The security policy of the endpoint to use: None (default), Basic256Sha256, Aes128_Sha256_RsaOaep or
    /// Aes256_Sha256_RsaPss. Machines with security on refuse None.
    /// </summary>
    public string SecurityPolicy { get; set; } = "None";

    /// <summary>Sign or SignAndEncrypt; when empty, SignAndEncrypt for a secure policy and None for None.</summary>
    public string? SecurityMode { get; set; }

    /// <summary>
    /// The silo's PKI store: its application certificate (created on first use, to be trusted by the machines) and the
    /// machine certificates it trusts; a refused one lands in rejected/ for <c>mes opcua trust</c>.
    /// </summary>
    public string Pki { get; set; } = ".mes/pki/silo";

    /// <summary>Refuse a machine whose certificate does not name the host in its endpoint URL.</summary>
    public bool CheckServerHostName { get; set; } = true;
}

namespace Mes.Silo;

/// <summary>
/// Where a silo listens (configuration section <c>Silo</c>). Several silos on one host need
/// distinct ports; <c>./mes up --silos N</c> hands them out.
/// </summary>
public sealed class SiloEndpoints
{
    /// <summary>Silo-to-silo port.</summary>
    public int SiloPort { get; set; } = 11111;

    /// <summary>Port that Orleans clients (gateways) connect to.</summary>
    public int GatewayPort { get; set; } = 30000;

    /// <summary>HTTP port for health, Prometheus metrics and the Orleans dashboard (loopback only).</summary>
    public int HttpPort { get; set; } = 8180;

    /// <summary>The address other silos and gateways reach this silo at.</summary>
    public string AdvertisedAddress { get; set; } = "127.0.0.1";
}

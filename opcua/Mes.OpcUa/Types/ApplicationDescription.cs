using Mes.OpcUa.Encoding;

namespace Mes.OpcUa.Types;

/// <summary>Describes an OPC UA application (client or server).</summary>
public sealed class ApplicationDescription
{
    /// <summary>The globally unique application URI (matches the certificate SAN URI).</summary>
    public string? ApplicationUri { get; set; }

    /// <summary>The product URI.</summary>
    public string? ProductUri { get; set; }

    /// <summary>The display name.</summary>
    public LocalizedText ApplicationName { get; set; }

    /// <summary>Client, server or both.</summary>
    public ApplicationType ApplicationType { get; set; }

    /// <summary>The gateway, if any.</summary>
    public string? GatewayServerUri { get; set; }

    /// <summary>The discovery profile, if any.</summary>
    public string? DiscoveryProfileUri { get; set; }

    /// <summary>Where the application can be discovered.</summary>
    public string?[]? DiscoveryUrls { get; set; }

    /// <summary>Writes the fields in UA Binary.</summary>
    public void Encode(UaWriter w)
    {
        w.WriteString(ApplicationUri);
        w.WriteString(ProductUri);
        w.WriteLocalizedText(ApplicationName);
        w.WriteInt32((int)ApplicationType);
        w.WriteString(GatewayServerUri);
        w.WriteString(DiscoveryProfileUri);
        w.WriteArray<string?>(DiscoveryUrls, static (x, v) => x.WriteString(v));
    }

    /// <summary>Reads the fields from UA Binary.</summary>
    public static ApplicationDescription Decode(ref UaReader r) => new()
    {
        ApplicationUri = r.ReadString(),
        ProductUri = r.ReadString(),
        ApplicationName = r.ReadLocalizedText(),
        ApplicationType = (ApplicationType)r.ReadInt32(),
        GatewayServerUri = r.ReadString(),
        DiscoveryProfileUri = r.ReadString(),
        DiscoveryUrls = r.ReadArray(static (ref UaReader x) => x.ReadString(), 4, "ApplicationDescription.DiscoveryUrls"),
    };
}

using Mes.OpcUa.Encoding;

namespace Mes.OpcUa.Types;

internal sealed class BuildInfo : IEncodeable
{
    public static readonly NodeId EncodingId = new(340u);

    public NodeId BinaryEncodingId => EncodingId;

    public string? ProductUri { get; set; }

    public string? ManufacturerName { get; set; }

    public string? ProductName { get; set; }

    public string? SoftwareVersion { get; set; }

    public string? BuildNumber { get; set; }

    public DateTime BuildDate { get; set; }

    public void Encode(UaWriter w)
    {
        w.WriteString(ProductUri);
        w.WriteString(ManufacturerName);
        w.WriteString(ProductName);
        w.WriteString(SoftwareVersion);
        w.WriteString(BuildNumber);
        w.WriteDateTime(BuildDate);
    }

    public static BuildInfo Decode(ref UaReader r) => new()
    {
        ProductUri = r.ReadString(),
        ManufacturerName = r.ReadString(),
        ProductName = r.ReadString(),
        SoftwareVersion = r.ReadString(),
        BuildNumber = r.ReadString(),
        BuildDate = r.ReadDateTime(),
    };
}

using Mes.OpcUa.Encoding;

namespace Mes.OpcUa.Types;

internal sealed class ResponseHeader
{
    public DateTime Timestamp { get; set; }

    public uint RequestHandle { get; set; }

    public StatusCode ServiceResult { get; set; }

    public DiagnosticInfo? ServiceDiagnostics { get; set; }

    public string?[]? StringTable { get; set; }

    public ExtensionObject AdditionalHeader { get; set; }

    public void Encode(UaWriter w)
    {
        w.WriteDateTime(Timestamp);
        w.WriteUInt32(RequestHandle);
        w.WriteStatusCode(ServiceResult);
        w.WriteDiagnosticInfo(ServiceDiagnostics);
        w.WriteArray<string?>(StringTable, static (x, v) => x.WriteString(v));
        w.WriteExtensionObject(AdditionalHeader);
    }

    public static ResponseHeader Decode(ref UaReader r) => new()
    {
        Timestamp = r.ReadDateTime(),
        RequestHandle = r.ReadUInt32(),
        ServiceResult = r.ReadStatusCode(),
        ServiceDiagnostics = r.ReadDiagnosticInfo(),
        StringTable = r.ReadArray(static (ref UaReader x) => x.ReadString(), 4, "ResponseHeader.StringTable"),
        AdditionalHeader = r.ReadExtensionObject(),
    };
}

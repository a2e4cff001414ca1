using Mes.OpcUa.Encoding;

namespace Mes.OpcUa.Types;

internal sealed class RequestHeader
{
    public NodeId AuthenticationToken { get; set; }

    public DateTime Timestamp { get; set; }

    public uint RequestHandle { get; set; }

    public uint ReturnDiagnostics { get; set; }

    public string? AuditEntryId { get; set; }

    public uint TimeoutHint { get; set; }

    public ExtensionObject AdditionalHeader { get; set; }

    public void Encode(UaWriter w)
    {
        w.WriteNodeId(AuthenticationToken);
        w.WriteDateTime(Timestamp);
        w.WriteUInt32(RequestHandle);
        w.WriteUInt32(ReturnDiagnostics);
        w.WriteString(AuditEntryId);
        w.WriteUInt32(TimeoutHint);
        w.WriteExtensionObject(AdditionalHeader);
    }

    public static RequestHeader Decode(ref UaReader r) => new()
    {
        AuthenticationToken = r.ReadNodeId(),
        Timestamp = r.ReadDateTime(),
        RequestHandle = r.ReadUInt32(),
        ReturnDiagnostics = r.ReadUInt32(),
        AuditEntryId = r.ReadString(),
        TimeoutHint = r.ReadUInt32(),
        AdditionalHeader = r.ReadExtensionObject(),
    };
}

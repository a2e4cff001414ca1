using Mes.OpcUa.Encoding;

namespace Mes.OpcUa.Transport;

/// <summary>The frame a side sends before closing the socket on a transport or channel failure; also the body of an abort chunk.</summary>
internal sealed record ErrorMessage(StatusCode Error, string? Reason)
{
    public void Encode(UaWriter w)
    {
        w.WriteStatusCode(Error);
        w.WriteString(Reason);
    }

    public static ErrorMessage Decode(ref UaReader r) => new(r.ReadStatusCode(), r.ReadString());
}

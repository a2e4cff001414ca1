using Mes.OpcUa.Encoding;

namespace Mes.OpcUa.Types;

internal sealed class TransferResult
{
    public StatusCode StatusCode { get; set; }

    public uint[]? AvailableSequenceNumbers { get; set; }

    public void Encode(UaWriter w)
    {
        w.WriteStatusCode(StatusCode);
        w.WriteArray<uint>(AvailableSequenceNumbers, static (x, v) => x.WriteUInt32(v));
    }

    public static TransferResult Decode(ref UaReader r) => new()
    {
        StatusCode = r.ReadStatusCode(),
        AvailableSequenceNumbers = r.ReadArray(static (ref UaReader x) => x.ReadUInt32(), 4, "TransferResult.AvailableSequenceNumbers"),
    };
}

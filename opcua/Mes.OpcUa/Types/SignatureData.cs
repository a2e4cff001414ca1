using Mes.OpcUa.Encoding;

namespace Mes.OpcUa.Types;

internal sealed class SignatureData
{
    public string? Algorithm { get; set; }

    public byte[]? Signature { get; set; }

    public void Encode(UaWriter w)
    {
        w.WriteString(Algorithm);
        w.WriteByteString(Signature);
    }

    public static SignatureData Decode(ref UaReader r) => new()
    {
        Algorithm = r.ReadString(),
        Signature = r.ReadByteString(),
    };
}

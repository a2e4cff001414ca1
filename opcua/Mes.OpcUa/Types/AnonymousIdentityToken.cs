using Mes.OpcUa.Encoding;

namespace Mes.OpcUa.Types;

internal sealed class AnonymousIdentityToken : IEncodeable
{
    public static readonly NodeId EncodingId = new(321u);

    public NodeId BinaryEncodingId => EncodingId;

    public string? PolicyId { get; set; }

    public void Encode(UaWriter w)
    {
        w.WriteString(PolicyId);
    }

    public static AnonymousIdentityToken Decode(ref UaReader r) => new()
    {
        PolicyId = r.ReadString(),
    };
}

using Mes.OpcUa.Encoding;

namespace Mes.OpcUa.Types;

internal sealed class UserNameIdentityToken : IEncodeable
{
    public static readonly NodeId EncodingId = new(324u);

    public NodeId BinaryEncodingId => EncodingId;

    public string? PolicyId { get; set; }

    public string? UserName { get; set; }

    public byte[]? Password { get; set; }

    public string? EncryptionAlgorithm { get; set; }

    public void Encode(UaWriter w)
    {
        w.WriteString(PolicyId);
        w.WriteString(UserName);
        w.WriteByteString(Password);
        w.WriteString(EncryptionAlgorithm);
    }

    public static UserNameIdentityToken Decode(ref UaReader r) => new()
    {
        PolicyId = r.ReadString(),
        UserName = r.ReadString(),
        Password = r.ReadByteString(),
        EncryptionAlgorithm = r.ReadString(),
    };
}

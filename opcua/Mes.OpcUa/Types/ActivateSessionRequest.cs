using Mes.OpcUa.Encoding;

namespace Mes.OpcUa.Types;

internal sealed class ActivateSessionRequest : IServiceRequest
{
    public static readonly NodeId EncodingId = new(467u);

    public NodeId BinaryEncodingId => EncodingId;

    public RequestHeader RequestHeader { get; set; } = new();

    public SignatureData ClientSignature { get; set; } = new();

    public SignedSoftwareCertificate[]? ClientSoftwareCertificates { get; set; }

    public string?[]? LocaleIds { get; set; }

    public ExtensionObject UserIdentityToken { get; set; }

    public SignatureData UserTokenSignature { get; set; } = new();

    public void Encode(UaWriter w)
    {
        RequestHeader.Encode(w);
        ClientSignature.Encode(w);
        w.WriteArray<SignedSoftwareCertificate>(ClientSoftwareCertificates, static (x, v) => v.Encode(x));
        w.WriteArray<string?>(LocaleIds, static (x, v) => x.WriteString(v));
        w.WriteExtensionObject(UserIdentityToken);
        UserTokenSignature.Encode(w);
    }

    public static ActivateSessionRequest Decode(ref UaReader r) => new()
    {
        RequestHeader = RequestHeader.Decode(ref r),
        ClientSignature = SignatureData.Decode(ref r),
        ClientSoftwareCertificates = r.ReadArray(static (ref UaReader x) => SignedSoftwareCertificate.Decode(ref x), 1, "ActivateSessionRequest.ClientSoftwareCertificates"),
        LocaleIds = r.ReadArray(static (ref UaReader x) => x.ReadString(), 4, "ActivateSessionRequest.LocaleIds"),
        UserIdentityToken = r.ReadExtensionObject(),
        UserTokenSignature = SignatureData.Decode(ref r),
    };
}

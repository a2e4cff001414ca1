namespace Mes.OpcUa.Security;

/// <summary>What a peer certificate is checked for: it decides which key usages it must allow.</summary>
internal enum CertificateUse
{
    /// <summary>An application instance certificate: signs and encrypts channels (digitalSignature, keyEncipherment).</summary>
    Application,
    /// <summary>A user's certificate in an X509 identity token: signs (digitalSignature).</summary>
    User,
}

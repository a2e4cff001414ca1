namespace Mes.OpcUa.SecureChannel;

/// <summary>The URIs of the security policies (Part 7).</summary>
public static class SecurityPolicyUris
{
    /// <summary>No security.</summary>
    public const string None = "http://opcfoundation.org/UA/SecurityPolicy#None";

    /// <summary>RSA-2048..4096, SHA-256, AES-256-CBC, RSA-OAEP (SHA-1).</summary>
    public const string Basic256Sha256 = "http://opcfoundation.org/UA/SecurityPolicy#Basic256Sha256";

    /// <summary>RSA-2048..4096, SHA-256, AES-128-CBC, RSA-OAEP (SHA-1).</summary>
    public const string Aes128Sha256RsaOaep = "http://opcfoundation.org/UA/SecurityPolicy#Aes128_Sha256_RsaOaep";

    /// <summary>RSA-2048..4096, SHA-256, AES-256-CBC, RSA-OAEP (SHA-256), RSA-PSS signatures.</summary>
    public const string Aes256Sha256RsaPss = "http://opcfoundation.org/UA/SecurityPolicy#Aes256_Sha256_RsaPss";

    /// <summary>The UA-TCP binary transport profile URI used in endpoint descriptions.</summary>
    public const string UaTcpTransport = "http://opcfoundation.org/UA-Profile/Transport/uatcp-uasc-uabinary";
}

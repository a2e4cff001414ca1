namespace Mes.OpcUa.Security;

/// <summary>The folders of a <see cref="PkiStore"/>.</summary>
public enum CertificateStoreFolder
{
    /// <summary>The application's own certificates (own/certs, keys in own/private).</summary>
    Own,
    /// <summary>Peers and certificate authorities the application trusts (trusted/certs).</summary>
    Trusted,
    /// <summary>Peers that were refused, kept for an administrator to trust (rejected/certs).</summary>
    Rejected,
    /// <summary>Intermediate certificate authorities needed to build chains, not trusted by themselves (issuers/certs).</summary>
    Issuers,
}

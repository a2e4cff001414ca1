namespace Mes.OpcUa.Security;

/// <summary>A certificate file in a <see cref="PkiStore"/>, as an administrator sees it.</summary>
/// <param name="Folder">Where it is.</param>
/// <param name="Thumbprint">SHA-1 thumbprint, upper-case hex.</param>
/// <param name="Subject">The subject name.</param>
/// <param name="ApplicationUri">The application URI in its subject alternative name, if any.</param>
/// <param name="NotBefore">Start of validity (UTC).</param>
/// <param name="NotAfter">End of validity (UTC).</param>
/// <param name="Path">The file.</param>
public sealed record StoredCertificate(CertificateStoreFolder Folder, string Thumbprint, string Subject, string? ApplicationUri,
    DateTimeOffset NotBefore, DateTimeOffset NotAfter, string Path);

using System.Globalization;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Mes.OpcUa.Encoding;

namespace Mes.OpcUa.Security;

/// <summary>
/// A file-based PKI store in the usual OPC UA layout under one root folder: <c>own/certs</c> and <c>own/private</c>
/// (the application instance certificate and its key, created on first use), <c>trusted/certs</c>,
/// <c>rejected/certs</c> and <c>issuers/certs</c>. A peer certificate that is not trusted is written to
/// <c>rejected/certs</c>, where an administrator finds it and trusts it with <see cref="Trust"/>
/// (<c>mes opcua trust &lt;thumbprint&gt;</c>). Certificates are DER files named <c>&lt;subject&gt; [&lt;thumbprint&gt;].der</c>;
/// PEM files dropped in by hand are read too.
/// </summary>
public sealed class PkiStore
{
    private static readonly string[] CertificateExtensions = [".der", ".cer", ".crt", ".pem"];
    private readonly TimeProvider _clock;

    /// <summary>Opens (and creates on first write) the store under <paramref name="root"/>.</summary>
    public PkiStore(string root, TimeProvider? clock = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(root);
        Root = Path.GetFullPath(root);
        _clock = clock ?? TimeProvider.System;
    }

    /// <summary>The root folder.</summary>
    public string Root { get; }

    /// <summary>Trusts every peer the first time it is seen (development only: it defeats the trust list).</summary>
    public bool AutoAcceptUntrusted { get; init; }

    /// <summary>Accepts peer certificates signed with SHA-1, as older PLC firmware presents them.</summary>
    public bool AcceptSha1SignedCertificates { get; init; }

    /// <summary>How long a certificate created by <see cref="LoadOrCreateApplicationCertificate"/> is valid.</summary>
    public TimeSpan CertificateValidity { get; init; } = TimeSpan.FromDays(5 * 365);

    /// <summary>The folder holding the certificates of <paramref name="folder"/>.</summary>
    public string PathOf(CertificateStoreFolder folder) => folder switch
    {
        CertificateStoreFolder.Own => Path.Combine(Root, "own", "certs"),
        CertificateStoreFolder.Trusted => Path.Combine(Root, "trusted", "certs"),
        CertificateStoreFolder.Rejected => Path.Combine(Root, "rejected", "certs"),
        _ => Path.Combine(Root, "issuers", "certs"),
    };

    private string PrivateKeys => Path.Combine(Root, "own", "private");

    /// <summary>
    /// The application instance certificate for <paramref name="applicationUri"/> with its private key: the newest
    /// unexpired one in <c>own/</c> whose SAN URI matches, else a new self-signed one, saved there.
    /// </summary>
    public X509Certificate2 LoadOrCreateApplicationCertificate(string applicationUri, string applicationName, IEnumerable<string> hostNames, int keySize = 2048)
    {
        var now = _clock.GetUtcNow();
        var existing = Files(CertificateStoreFolder.Own)
            .Select(path => (Path: path, Certificate: TryLoad(path)))
            .Where(f => f.Certificate is not null && CertificateIdentity.ApplicationUri(f.Certificate) == applicationUri && f.Certificate.NotAfter.ToUniversalTime() > now)
            .OrderByDescending(f => f.Certificate!.NotAfter)
            .FirstOrDefault(f => File.Exists(KeyPathOf(f.Path)));
        if (existing.Certificate is { } found)
        {
            using var key = RSA.Create();
            key.ImportFromPem(File.ReadAllText(KeyPathOf(existing.Path)));
            var withKey = found.CopyWithPrivateKey(key);
            found.Dispose();
            return withKey;
        }
        var created = ApplicationCertificate.CreateSelfSigned(applicationUri, applicationName, hostNames, now, CertificateValidity, keySize);
        var path = Write(CertificateStoreFolder.Own, created);
        using var privateKey = created.GetRSAPrivateKey()!;
        Directory.CreateDirectory(PrivateKeys);
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(PrivateKeys, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var keyPath = KeyPathOf(path);
        File.WriteAllText(keyPath, privateKey.ExportPkcs8PrivateKeyPem());
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(keyPath, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        return created;
    }

    private string KeyPathOf(string certificatePath) => Path.Combine(PrivateKeys, Path.GetFileNameWithoutExtension(certificatePath) + ".pem");

    /// <summary>
    /// Checks a peer certificate (possibly a chain) and returns its leaf. A refused certificate that is not trusted is
    /// written to <c>rejected/certs</c>; the refusal names the rule (BadCertificateUntrusted, BadCertificateTimeInvalid,
    /// BadCertificatePolicyCheckFailed, BadCertificateUseNotAllowed).
    /// </summary>
    internal X509Certificate2 Validate(ReadOnlySpan<byte> certificate, CertificateUse use)
    {
        var chain = CertificateChain.Split(certificate);
        var leaf = CertificateChain.LoadLeaf(certificate);
        var presented = chain.Skip(1).Select(X509CertificateLoader.LoadCertificate).ToArray();
        var trusted = LoadAll(CertificateStoreFolder.Trusted);
        var issuers = LoadAll(CertificateStoreFolder.Issuers);
        try
        {
            var (status, reason) = CertificateValidator.Check(leaf, presented, trusted, issuers, _clock.GetUtcNow(), use, AcceptSha1SignedCertificates);
            if (status == StatusCode.BadCertificateUntrusted && AutoAcceptUntrusted)
            {
                Write(CertificateStoreFolder.Trusted, leaf);
                return leaf;
            }
            if (status.IsGood) return leaf;
            if (trusted.All(t => t.Thumbprint != leaf.Thumbprint)) Write(CertificateStoreFolder.Rejected, leaf);
            leaf.Dispose();
            throw new ServiceResultException(status, $"certificate refused: {reason}");
        }
        finally
        {
            foreach (var c in presented.Concat(trusted).Concat(issuers)) c.Dispose();
        }
    }

    /// <summary>Every certificate in the store, folder by folder.</summary>
    public IReadOnlyList<StoredCertificate> List() =>
        Enum.GetValues<CertificateStoreFolder>().SelectMany(folder => Files(folder).Select(path => Describe(folder, path)).OfType<StoredCertificate>()).ToArray();

    /// <summary>
    /// Trusts a certificate: one in <c>rejected/</c> named by its thumbprint (or a unique prefix of at least 8 hex
    /// digits) is moved to <c>trusted/</c>; a file path is copied there. Trusting a trusted certificate changes nothing.
    /// </summary>
    /// <exception cref="CertificateStoreException">No such certificate, an ambiguous prefix, or an unreadable file.</exception>
    public StoredCertificate Trust(string thumbprintOrFile)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(thumbprintOrFile);
        if (File.Exists(thumbprintOrFile))
        {
            using var certificate = TryLoad(thumbprintOrFile) ?? throw new CertificateStoreException($"{thumbprintOrFile} is not a certificate (DER or PEM)");
            return Describe(CertificateStoreFolder.Trusted, Write(CertificateStoreFolder.Trusted, certificate))!;
        }
        var trusted = Find(CertificateStoreFolder.Trusted, thumbprintOrFile);
        if (trusted is not null) return trusted;
        var rejected = Find(CertificateStoreFolder.Rejected, thumbprintOrFile)
            ?? throw new CertificateStoreException($"no certificate with thumbprint {thumbprintOrFile} in {PathOf(CertificateStoreFolder.Rejected)}");
        return Move(rejected, CertificateStoreFolder.Trusted);
    }

    /// <summary>Withdraws trust: a certificate in <c>trusted/</c> named by its thumbprint (or prefix) is moved to <c>rejected/</c>.</summary>
    /// <exception cref="CertificateStoreException">No such certificate or an ambiguous prefix.</exception>
    public StoredCertificate Reject(string thumbprint)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(thumbprint);
        var trusted = Find(CertificateStoreFolder.Trusted, thumbprint)
            ?? throw new CertificateStoreException($"no certificate with thumbprint {thumbprint} in {PathOf(CertificateStoreFolder.Trusted)}");
        return Move(trusted, CertificateStoreFolder.Rejected);
    }

    /// <summary>Adds a certificate (public part only) to a folder, e.g. to trust a peer known in advance.</summary>
    public StoredCertificate Add(CertificateStoreFolder folder, X509Certificate2 certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        return Describe(folder, Write(folder, certificate))!;
    }

    private StoredCertificate Move(StoredCertificate certificate, CertificateStoreFolder to)
    {
        var folder = PathOf(to);
        Directory.CreateDirectory(folder);
        var target = Path.Combine(folder, Path.GetFileName(certificate.Path));
        File.Move(certificate.Path, target, overwrite: true);
        return certificate with { Folder = to, Path = target };
    }

    private StoredCertificate? Find(CertificateStoreFolder folder, string thumbprint)
    {
        var wanted = new string(thumbprint.Where(char.IsAsciiHexDigit).ToArray()).ToUpperInvariant();
        if (wanted.Length < 8 || wanted.Length != thumbprint.Count(c => c is not (' ' or ':')))
            throw new CertificateStoreException($"'{thumbprint}' is not a thumbprint: give the 40 hex digits `pki list` shows, or at least the first 8");
        var matches = Files(folder).Select(path => Describe(folder, path)).OfType<StoredCertificate>()
            .Where(c => c.Thumbprint.StartsWith(wanted, StringComparison.Ordinal)).ToArray();
        return matches.Length switch
        {
            0 => null,
            1 => matches[0],
            _ => throw new CertificateStoreException($"thumbprint prefix {wanted} matches {matches.Length} certificates in {PathOf(folder)}; give more digits"),
        };
    }

    private string Write(CertificateStoreFolder folder, X509Certificate2 certificate)
    {
        var directory = PathOf(folder);
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, $"{SafeName(certificate.GetNameInfo(X509NameType.SimpleName, false))} [{certificate.Thumbprint}].der");
        var temporary = path + ".tmp" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
        File.WriteAllBytes(temporary, certificate.RawData);
        File.Move(temporary, path, overwrite: true);
        return path;
    }

    private static string SafeName(string name)
    {
        var safe = new StringBuilder(name.Length);
        foreach (var c in name) safe.Append(char.IsAsciiLetterOrDigit(c) || c is ' ' or '.' or '-' or '_' ? c : '_');
        return safe.Length == 0 ? "certificate" : safe.ToString();
    }

    private IEnumerable<string> Files(CertificateStoreFolder folder)
    {
        var directory = PathOf(folder);
        if (!Directory.Exists(directory)) return [];
        return Directory.EnumerateFiles(directory)
            .Where(f => CertificateExtensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal);
    }

    private X509Certificate2[] LoadAll(CertificateStoreFolder folder) => Files(folder).Select(TryLoad).OfType<X509Certificate2>().ToArray();

    private static StoredCertificate? Describe(CertificateStoreFolder folder, string path)
    {
        using var certificate = TryLoad(path);
        return certificate is null
            ? null
            : new StoredCertificate(folder, certificate.Thumbprint, certificate.Subject, CertificateIdentity.ApplicationUri(certificate),
                certificate.NotBefore.ToUniversalTime(), certificate.NotAfter.ToUniversalTime(), path);
    }

    private static X509Certificate2? TryLoad(string path)
    {
        try
        {
            var bytes = File.ReadAllBytes(path);
            return bytes.AsSpan().StartsWith("-----BEGIN"u8)
                ? X509Certificate2.CreateFromPem(System.Text.Encoding.ASCII.GetString(bytes))
                : X509CertificateLoader.LoadCertificate(bytes);
        }
        catch (Exception e) when (e is CryptographicException or IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}

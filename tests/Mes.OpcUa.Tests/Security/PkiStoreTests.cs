using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Mes.OpcUa.Encoding;
using Mes.OpcUa.Security;
using Microsoft.Extensions.Time.Testing;

namespace Mes.OpcUa.Tests.Security;

public sealed class PkiStoreTests
{
    private const string Uri = "urn:zone-mes:silo";

    private static X509Certificate2 Peer(string name = "PLC-01", int keySize = 2048, HashAlgorithmName? hash = null, DateTimeOffset? now = null)
    {
        if (hash is null) return ApplicationCertificate.CreateSelfSigned($"urn:plant:{name}", name, ["10.0.0.5"], now ?? DateTimeOffset.UtcNow, TimeSpan.FromDays(365), keySize);
        using var rsa = RSA.Create(keySize);
        var request = new CertificateRequest($"CN={name}", rsa, hash.Value, RSASignaturePadding.Pkcs1);
        var start = now ?? DateTimeOffset.UtcNow;
        using var unsigned = request.Create(request.SubjectName, new Sha1Signature(rsa), start.AddDays(-1), start.AddDays(365), [7]);
        return unsigned.CopyWithPrivateKey(rsa);
    }

    /// <summary>Signs certificates with SHA-1, as old PLC firmware does (.NET no longer offers it for new certificates).</summary>
    private sealed class Sha1Signature(RSA key) : X509SignatureGenerator
    {
        private static readonly byte[] Sha1WithRsa = [0x30, 0x0D, 0x06, 0x09, 0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x01, 0x01, 0x05, 0x05, 0x00];

        public override byte[] GetSignatureAlgorithmIdentifier(HashAlgorithmName hashAlgorithm) => Sha1WithRsa;

        public override byte[] SignData(byte[] data, HashAlgorithmName hashAlgorithm) => key.SignData(data, HashAlgorithmName.SHA1, RSASignaturePadding.Pkcs1);

        protected override PublicKey BuildPublicKey() => PublicKey.CreateFromSubjectPublicKeyInfo(key.ExportSubjectPublicKeyInfo(), out _);
    }

    [Fact]
    public void The_application_certificate_is_created_on_first_use_with_the_application_uri_in_its_subject_alternative_name()
    {
        using var pki = new TemporaryPki();

        using var certificate = pki.Store.LoadOrCreateApplicationCertificate(Uri, "Zone MES silo", ["mes-host", "127.0.0.1"]);

        Assert.True(certificate.HasPrivateKey);
        Assert.Equal(Uri, CertificateIdentity.ApplicationUri(certificate));
        Assert.Equal(["mes-host", "127.0.0.1"], CertificateIdentity.HostNames(certificate));
        Assert.Equal(certificate.Thumbprint, Assert.Single(pki.Store.List()).Thumbprint);
    }

    [Fact]
    public void The_next_run_loads_the_same_certificate_with_a_working_private_key()
    {
        using var pki = new TemporaryPki();
        using var first = pki.Store.LoadOrCreateApplicationCertificate(Uri, "Zone MES silo", ["localhost"]);

        using var again = new PkiStore(pki.Store.Root).LoadOrCreateApplicationCertificate(Uri, "Zone MES silo", ["localhost"]);
        using var key = again.GetRSAPrivateKey()!;
        using var publicKey = first.GetRSAPublicKey()!;
        var signature = key.SignData("nonce"u8, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);

        Assert.Equal(first.Thumbprint, again.Thumbprint);
        Assert.True(publicKey.VerifyData("nonce"u8, signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1));
    }

    [Fact]
    public void Another_application_uri_gets_its_own_certificate()
    {
        using var pki = new TemporaryPki();
        using var silo = pki.Store.LoadOrCreateApplicationCertificate(Uri, "Zone MES silo", ["localhost"]);

        using var cli = pki.Store.LoadOrCreateApplicationCertificate("urn:zone-mes:cli", "mes-opcua", ["localhost"]);

        Assert.NotEqual(silo.Thumbprint, cli.Thumbprint);
        Assert.Equal("urn:zone-mes:cli", CertificateIdentity.ApplicationUri(cli));
    }

    [Fact]
    public void The_private_key_file_is_readable_by_its_owner_only()
    {
        using var pki = new TemporaryPki();
        using (pki.Store.LoadOrCreateApplicationCertificate(Uri, "Zone MES silo", ["localhost"]))
        {
        }

        var keyFile = Assert.Single(Directory.GetFiles(Path.Combine(pki.Store.Root, "own", "private")));

        const UnixFileMode ownerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        Assert.Equal(ownerOnly, OperatingSystem.IsWindows() ? ownerOnly : File.GetUnixFileMode(keyFile));
    }

    [Fact]
    public void An_untrusted_peer_is_refused_with_BadCertificateUntrusted_and_its_certificate_kept_in_rejected()
    {
        using var pki = new TemporaryPki();
        using var plc = Peer();

        var error = Assert.Throws<ServiceResultException>(() => pki.Store.Validate(plc.RawData, CertificateUse.Application));

        Assert.Equal(StatusCode.BadCertificateUntrusted, error.StatusCode);
        var rejected = Assert.Single(pki.Store.List());
        Assert.Equal((CertificateStoreFolder.Rejected, plc.Thumbprint, "urn:plant:PLC-01"), (rejected.Folder, rejected.Thumbprint, rejected.ApplicationUri));
    }

    [Fact]
    public void A_rejected_certificate_trusted_by_its_thumbprint_is_accepted_from_then_on()
    {
        using var pki = new TemporaryPki();
        using var plc = Peer();
        Assert.Throws<ServiceResultException>(() => pki.Store.Validate(plc.RawData, CertificateUse.Application));

        var trusted = pki.Store.Trust(plc.Thumbprint.ToLowerInvariant());
        using var accepted = pki.Store.Validate(plc.RawData, CertificateUse.Application);

        Assert.Equal(CertificateStoreFolder.Trusted, trusted.Folder);
        Assert.Equal(plc.Thumbprint, accepted.Thumbprint);
        Assert.DoesNotContain(pki.Store.List(), c => c.Folder == CertificateStoreFolder.Rejected);
    }

    [Fact]
    public void A_thumbprint_that_names_no_rejected_certificate_is_refused_with_the_folder_it_looked_in()
    {
        using var pki = new TemporaryPki();

        var error = Assert.Throws<CertificateStoreException>(() => pki.Store.Trust("0123456789ABCDEF"));

        Assert.Contains(Path.Combine("rejected", "certs"), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_thumbprint_prefix_shorter_than_8_digits_is_refused()
    {
        using var pki = new TemporaryPki();

        var error = Assert.Throws<CertificateStoreException>(() => pki.Store.Trust("ABC"));

        Assert.Contains("at least the first 8", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Withdrawing_trust_moves_the_certificate_to_rejected_and_refuses_the_peer_again()
    {
        using var pki = new TemporaryPki();
        using var plc = Peer();
        pki.Store.Add(CertificateStoreFolder.Trusted, plc);

        pki.Store.Reject(plc.Thumbprint);

        Assert.Equal(StatusCode.BadCertificateUntrusted, Assert.Throws<ServiceResultException>(() => pki.Store.Validate(plc.RawData, CertificateUse.Application)).StatusCode);
    }

    [Fact]
    public void A_certificate_file_can_be_trusted_in_advance()
    {
        using var pki = new TemporaryPki();
        using var plc = Peer();
        var file = Path.Combine(pki.Store.Root, "plc.pem");
        File.WriteAllText(file, plc.ExportCertificatePem());

        pki.Store.Trust(file);
        using var accepted = pki.Store.Validate(plc.RawData, CertificateUse.Application);

        Assert.Equal(plc.Thumbprint, accepted.Thumbprint);
    }

    [Fact]
    public void A_trusted_certificate_past_its_validity_is_refused_with_BadCertificateTimeInvalid()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var pki = new TemporaryPki(clock);
        using var plc = Peer();
        pki.Store.Add(CertificateStoreFolder.Trusted, plc);

        clock.Advance(TimeSpan.FromDays(400));

        Assert.Equal(StatusCode.BadCertificateTimeInvalid, Assert.Throws<ServiceResultException>(() => pki.Store.Validate(plc.RawData, CertificateUse.Application)).StatusCode);
    }

    [Fact]
    public void A_peer_issued_by_a_trusted_authority_is_accepted_without_being_trusted_itself()
    {
        using var pki = new TemporaryPki();
        using var authorityKey = RSA.Create(2048);
        var authorityRequest = new CertificateRequest("CN=Plant CA", authorityKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        authorityRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        authorityRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        using var authority = authorityRequest.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(365));
        using var plcKey = RSA.Create(2048);
        var plcRequest = new CertificateRequest("CN=PLC-07", plcKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        plcRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment, true));
        using var plc = plcRequest.Create(authority, DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30), [1, 2, 3, 4]);
        pki.Store.Add(CertificateStoreFolder.Trusted, authority);

        using var accepted = pki.Store.Validate(plc.RawData, CertificateUse.Application);

        Assert.Equal(plc.Thumbprint, accepted.Thumbprint);
    }

    [Fact]
    public void A_key_shorter_than_2048_bits_is_refused_with_BadCertificatePolicyCheckFailed()
    {
        using var pki = new TemporaryPki();
        using var plc = Peer(keySize: 1024);
        pki.Store.Add(CertificateStoreFolder.Trusted, plc);

        Assert.Equal(StatusCode.BadCertificatePolicyCheckFailed, Assert.Throws<ServiceResultException>(() => pki.Store.Validate(plc.RawData, CertificateUse.Application)).StatusCode);
    }

    [Fact]
    public void A_SHA_1_signed_certificate_is_refused_unless_the_store_accepts_old_firmware()
    {
        using var pki = new TemporaryPki();
        using var plc = Peer(hash: HashAlgorithmName.SHA1);
        pki.Store.Add(CertificateStoreFolder.Trusted, plc);
        var lenient = new PkiStore(pki.Store.Root) { AcceptSha1SignedCertificates = true };

        var error = Assert.Throws<ServiceResultException>(() => pki.Store.Validate(plc.RawData, CertificateUse.Application));
        using var accepted = lenient.Validate(plc.RawData, CertificateUse.Application);

        Assert.Equal(StatusCode.BadCertificatePolicyCheckFailed, error.StatusCode);
        Assert.Equal(plc.Thumbprint, accepted.Thumbprint);
    }

    [Fact]
    public void A_store_that_accepts_unknown_peers_trusts_them_on_first_sight()
    {
        using var pki = new TemporaryPki();
        var lenient = new PkiStore(pki.Store.Root) { AutoAcceptUntrusted = true };
        using var plc = Peer();

        using var accepted = lenient.Validate(plc.RawData, CertificateUse.Application);

        Assert.Equal(CertificateStoreFolder.Trusted, Assert.Single(pki.Store.List()).Folder);
    }
}

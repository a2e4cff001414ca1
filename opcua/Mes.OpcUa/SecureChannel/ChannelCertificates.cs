using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Mes.OpcUa.Encoding;
using Mes.OpcUa.Security;

namespace Mes.OpcUa.SecureChannel;

/// <summary>
/// The certificates of the two ends of a secured channel: our key signs what we send and decrypts what we receive;
/// the peer's key encrypts what we send and verifies what we receive. One RSA object per channel, so that channels
/// never share key state across threads.
/// </summary>
internal sealed class ChannelCertificates : IDisposable
{
    public ChannelCertificates(X509Certificate2 own, ReadOnlySpan<byte> peerCertificate)
    {
        OwnDer = own.RawData;
        OwnKey = own.GetRSAPrivateKey() ?? throw new ServiceResultException(StatusCode.BadCertificateInvalid, "our certificate has no RSA private key");
        PeerCertificate = peerCertificate.ToArray();
        Peer = CertificateChain.LoadLeaf(peerCertificate);
        PeerKey = Peer.GetRSAPublicKey() ?? throw new ServiceResultException(StatusCode.BadCertificateInvalid, "the peer's certificate has no RSA key");
        PeerThumbprint = CertificateChain.Thumbprint(peerCertificate);
        OwnThumbprint = SHA1.HashData(OwnDer);
    }

    /// <summary>Our certificate as sent in the asymmetric security header.</summary>
    public byte[] OwnDer { get; }

    public RSA OwnKey { get; }

    public byte[] OwnThumbprint { get; }

    /// <summary>The peer's certificate (possibly a chain) as it was received or configured.</summary>
    public byte[] PeerCertificate { get; }

    public X509Certificate2 Peer { get; }

    public RSA PeerKey { get; }

    public byte[] PeerThumbprint { get; }

    public void Dispose()
    {
        OwnKey.Dispose();
        PeerKey.Dispose();
        Peer.Dispose();
    }
}

using System.Formats.Asn1;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Mes.OpcUa.Encoding;

namespace Mes.OpcUa.Security;

/// <summary>
/// Certificates as OPC UA carries them: a ByteString that may hold a chain of DER certificates one after the other,
/// the application's own certificate first (Part 6 §6.2.3). Thumbprints are the SHA-1 of the leaf's DER.
/// </summary>
internal static class CertificateChain
{
    /// <summary>The DER certificates in <paramref name="bytes"/>, leaf first; BadCertificateInvalid when they are not DER.</summary>
    public static IReadOnlyList<byte[]> Split(ReadOnlySpan<byte> bytes)
    {
        var certificates = new List<byte[]>();
        try
        {
            while (bytes.Length > 0)
            {
                AsnDecoder.ReadEncodedValue(bytes, AsnEncodingRules.DER, out _, out _, out var consumed);
                certificates.Add(bytes[..consumed].ToArray());
                bytes = bytes[consumed..];
            }
        }
        catch (AsnContentException e)
        {
            throw new ServiceResultException(StatusCode.BadCertificateInvalid, "the certificate is not DER encoded", e);
        }
        if (certificates.Count == 0) throw new ServiceResultException(StatusCode.BadCertificateInvalid, "the certificate is empty");
        return certificates;
    }

    /// <summary>Loads the leaf certificate of a chain; BadCertificateInvalid when it cannot be parsed.</summary>
    public static X509Certificate2 LoadLeaf(ReadOnlySpan<byte> bytes)
    {
        var leaf = Split(bytes)[0];
        try
        {
            return X509CertificateLoader.LoadCertificate(leaf);
        }
        catch (CryptographicException e)
        {
            throw new ServiceResultException(StatusCode.BadCertificateInvalid, "the certificate cannot be parsed", e);
        }
    }

    /// <summary>The SHA-1 thumbprint of the leaf certificate, as sent in ReceiverCertificateThumbprint.</summary>
    public static byte[] Thumbprint(ReadOnlySpan<byte> bytes) => SHA1.HashData(Split(bytes)[0]);
}

using Mes.OpcUa.Encoding;

namespace Mes.OpcUa.Server;

/// <summary>A client application certificate the server refused, and why.</summary>
/// <param name="Thumbprint">SHA-1 thumbprint (what <c>mes opcua trust</c> takes); null when the certificate could not be parsed.</param>
/// <param name="Subject">The subject name, when it could be parsed.</param>
/// <param name="Status">Why: BadCertificateUntrusted, BadCertificateTimeInvalid, BadCertificatePolicyCheckFailed, …</param>
public sealed record RefusedCertificate(string? Thumbprint, string? Subject, StatusCode Status);

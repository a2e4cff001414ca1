using System.Security.Cryptography.X509Certificates;
using Mes.OpcUa.Encoding;
using Mes.OpcUa.SecureChannel;
using Mes.OpcUa.Security;
using Mes.OpcUa.Transport;
using Mes.OpcUa.Types;

namespace Mes.OpcUa.Client;

/// <summary>
/// Picks the endpoint a client asked for among those GetEndpoints returned, and checks the server before anything
/// secret is sent to it: its certificate must be trusted by the client's PKI store, name the server's application URI
/// and (unless turned off) the host dialled; CreateSession must repeat the same endpoint, so that a man in the middle
/// cannot have downgraded the list GetEndpoints returned.
/// </summary>
internal static class EndpointSelection
{
    public static EndpointDescription Choose(IReadOnlyList<EndpointDescription> endpoints, EndpointSecurity wanted) =>
        endpoints.FirstOrDefault(e => e.SecurityPolicyUri == wanted.PolicyUri && e.SecurityMode == wanted.Mode
                && (e.TransportProfileUri is null || e.TransportProfileUri == SecurityPolicyUris.UaTcpTransport))
            ?? throw new ServiceResultException(wanted.IsSecure ? StatusCode.BadSecurityPolicyRejected : StatusCode.BadSecurityModeRejected,
                $"the server offers no {wanted} endpoint; it offers {string.Join(", ", endpoints.Select(Describe).Distinct())}");

    private static string Describe(EndpointDescription endpoint) =>
        new EndpointSecurity(endpoint.SecurityPolicyUri ?? "", endpoint.SecurityMode).ToString();

    /// <summary>Checks the server certificate of <paramref name="endpoint"/>; untrusted ones go to the store's rejected/ folder.</summary>
    public static void CheckServerCertificate(EndpointDescription endpoint, PkiStore pki, EndpointUrl url, bool checkHostName)
    {
        if (endpoint.ServerCertificate is not { Length: > 0 } certificate)
            throw new ServiceResultException(StatusCode.BadCertificateInvalid, "the endpoint carries no server certificate");
        using X509Certificate2 leaf = pki.Validate(certificate, CertificateUse.Application);
        var uri = CertificateIdentity.ApplicationUri(leaf);
        if (uri != endpoint.Server.ApplicationUri)
            throw new ServiceResultException(StatusCode.BadCertificateUriInvalid, $"the server certificate names application '{uri}', the endpoint '{endpoint.Server.ApplicationUri}'");
        if (checkHostName && !CertificateIdentity.NamesHost(leaf, url.Host))
            throw new ServiceResultException(StatusCode.BadCertificateHostNameInvalid,
                $"the server certificate names {string.Join(", ", CertificateIdentity.HostNames(leaf))}, not {url.Host}");
    }

    /// <summary>
    /// The endpoints CreateSession returned must include the one chosen, with the same certificate where they carry one
    /// (some servers leave the certificates out of this list).
    /// </summary>
    public static void CheckSessionEndpoints(EndpointDescription chosen, EndpointDescription[]? sessionEndpoints)
    {
        if (sessionEndpoints is not { Length: > 0 }) return;
        var found = sessionEndpoints.Any(e => e.SecurityPolicyUri == chosen.SecurityPolicyUri && e.SecurityMode == chosen.SecurityMode
            && (e.ServerCertificate is not { Length: > 0 } certificate || certificate.AsSpan().SequenceEqual(chosen.ServerCertificate ?? [])));
        if (!found)
            throw new ServiceResultException(StatusCode.BadSecurityChecksFailed, "CreateSession lists other endpoints than GetEndpoints: the endpoint list may have been tampered with");
    }
}

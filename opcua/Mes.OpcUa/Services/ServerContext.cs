using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Mes.OpcUa.Encoding;
using Mes.OpcUa.SecureChannel;
using Mes.OpcUa.Server;
using Mes.OpcUa.Server.Nodes;
using Mes.OpcUa.Server.Sessions;
using Mes.OpcUa.Types;

namespace Mes.OpcUa.Services;

/// <summary>What every service handler of a server needs: options, address space, sessions, certificate and endpoints.</summary>
internal sealed class ServerContext(UaServerOptions options, AddressSpace addressSpace, X509Certificate2 certificate)
{
    public const string AnonymousPolicyId = "anonymous";

    public UaServerOptions Options { get; } = options;

    public AddressSpace AddressSpace { get; } = addressSpace;

    public SessionTable Sessions { get; } = new(options);

    public X509Certificate2 Certificate { get; } = certificate;

    public byte[] CertificateDer { get; } = certificate.RawData;

    public RSA PrivateKey { get; } = certificate.GetRSAPrivateKey()
        ?? throw new ServiceResultException(StatusCode.BadCertificateInvalid, "the server certificate has no RSA private key");

    public string EndpointUrl { get; set; } = "";

    /// <summary>Raised when a client certificate is refused on a secure endpoint.</summary>
    public Action<X509Certificate2?, StatusCode>? CertificateRefused { get; set; }

    public ApplicationDescription Application => new()
    {
        ApplicationUri = Options.ApplicationUri,
        ProductUri = Options.ProductUri,
        ApplicationName = new LocalizedText("en", Options.ApplicationName),
        ApplicationType = ApplicationType.Server,
        DiscoveryUrls = [EndpointUrl],
    };

    /// <summary>True when an endpoint offers <paramref name="policyUri"/> in some mode.</summary>
    public bool OffersPolicy(string? policyUri) => Options.Endpoints.Any(e => e.PolicyUri == policyUri);

    /// <summary>True when an endpoint offers this policy and mode.</summary>
    public bool Offers(string policyUri, MessageSecurityMode mode) => Options.Endpoints.Contains(new EndpointSecurity(policyUri, mode));

    public EndpointDescription[] Endpoints() => Options.Endpoints.Select(endpoint => new EndpointDescription
    {
        EndpointUrl = EndpointUrl,
        Server = Application,
        ServerCertificate = CertificateDer,
        SecurityMode = endpoint.Mode,
        SecurityPolicyUri = endpoint.PolicyUri,
        UserIdentityTokens = TokenPolicies(endpoint),
        TransportProfileUri = SecurityPolicyUris.UaTcpTransport,
        SecurityLevel = endpoint.SecurityLevel,
    }).ToArray();

    /// <summary>
    /// The user tokens an endpoint accepts. Secrets are protected with the endpoint's policy, or with Basic256Sha256 on
    /// the None endpoint (a password never crosses the wire in clear). A policy id names the token type and that
    /// policy, so the same id means the same thing on every endpoint.
    /// </summary>
    private UserTokenPolicy[] TokenPolicies(EndpointSecurity endpoint)
    {
        var secretPolicy = endpoint.IsSecure ? endpoint : EndpointSecurity.Basic256Sha256SignAndEncrypt;
        var tokens = new List<UserTokenPolicy>();
        if (Options.AllowAnonymous) tokens.Add(new UserTokenPolicy { PolicyId = AnonymousPolicyId, TokenType = UserTokenType.Anonymous });
        if (Options.UserValidator is not null)
            tokens.Add(new UserTokenPolicy { PolicyId = PolicyId("username", secretPolicy), TokenType = UserTokenType.UserName, SecurityPolicyUri = secretPolicy.PolicyUri });
        if (Options.UserPki is not null)
            tokens.Add(new UserTokenPolicy { PolicyId = PolicyId("x509", secretPolicy), TokenType = UserTokenType.Certificate, SecurityPolicyUri = secretPolicy.PolicyUri });
        return tokens.ToArray();
    }

    private static string PolicyId(string tokenType, EndpointSecurity policy) => $"{tokenType}_{policy.PolicyName.ToLowerInvariant()}";

    /// <summary>The user token policy a client names in its identity token, or null when no endpoint offers it.</summary>
    public UserTokenPolicy? FindTokenPolicy(string? policyId) =>
        Options.Endpoints.SelectMany(TokenPolicies).FirstOrDefault(p => p.PolicyId == policyId);

    public ResponseHeader Header(RequestHeader request) => new()
    {
        Timestamp = Options.Clock.GetUtcNow().UtcDateTime,
        RequestHandle = request.RequestHandle,
    };

    public static void CheckCount<T>(T[]? items, uint limit, string service)
    {
        if (items is null || items.Length == 0) throw new ServiceResultException(StatusCode.BadNothingToDo, $"{service} has nothing to do");
        if (items.Length > limit) throw new ServiceResultException(StatusCode.BadTooManyOperations, $"{service} carries {items.Length} operations, the limit is {limit}");
    }
}

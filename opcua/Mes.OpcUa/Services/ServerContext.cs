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
    public const string UserNamePolicyId = "username_basic256sha256";

    public UaServerOptions Options { get; } = options;

    public AddressSpace AddressSpace { get; } = addressSpace;

    public SessionTable Sessions { get; } = new(options);

    public X509Certificate2 Certificate { get; } = certificate;

    public byte[] CertificateDer { get; } = certificate.RawData;

    public RSA PrivateKey { get; } = certificate.GetRSAPrivateKey()
        ?? throw new ServiceResultException(StatusCode.BadCertificateInvalid, "the server certificate has no RSA private key");

    public string EndpointUrl { get; set; } = "";

    public ApplicationDescription Application => new()
    {
        ApplicationUri = Options.ApplicationUri,
        ProductUri = Options.ProductUri,
        ApplicationName = new LocalizedText("en", Options.ApplicationName),
        ApplicationType = ApplicationType.Server,
        DiscoveryUrls = [EndpointUrl],
    };

    public EndpointDescription[] Endpoints()
    {
        var tokens = new List<UserTokenPolicy>();
        if (Options.AllowAnonymous) tokens.Add(new UserTokenPolicy { PolicyId = AnonymousPolicyId, TokenType = UserTokenType.Anonymous });
        if (Options.UserValidator is not null)
            tokens.Add(new UserTokenPolicy { PolicyId = UserNamePolicyId, TokenType = UserTokenType.UserName, SecurityPolicyUri = SecurityPolicyUris.Basic256Sha256 });
        return
        [
            new EndpointDescription
            {
                EndpointUrl = EndpointUrl,
                Server = Application,
                ServerCertificate = CertificateDer,
                SecurityMode = MessageSecurityMode.None,
                SecurityPolicyUri = SecurityPolicyUris.None,
                UserIdentityTokens = tokens.ToArray(),
                TransportProfileUri = SecurityPolicyUris.UaTcpTransport,
                SecurityLevel = 0,
            },
        ];
    }

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

using Mes.OpcUa.Encoding;

namespace Mes.OpcUa.Transport;

/// <summary>An <c>opc.tcp://host:port/path</c> URL split into what a socket needs.</summary>
public sealed record EndpointUrl(string Host, int Port, string Text)
{
    /// <summary>The IANA port of OPC UA TCP.</summary>
    public const int DefaultPort = 4840;

    /// <summary>Parses an endpoint URL.</summary>
    /// <exception cref="ServiceResultException">BadTcpEndpointUrlInvalid when the text is not an opc.tcp URL.</exception>
    public static EndpointUrl Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || !string.Equals(uri.Scheme, "opc.tcp", StringComparison.OrdinalIgnoreCase) || string.IsNullOrEmpty(uri.Host))
            throw new ServiceResultException(StatusCode.BadTcpEndpointUrlInvalid, $"'{text}' is not an endpoint URL like opc.tcp://host:4840");
        var port = uri.IsDefaultPort || uri.Port < 0 ? DefaultPort : uri.Port;
        return new EndpointUrl(uri.Host.Trim('[', ']'), port, text);
    }
}

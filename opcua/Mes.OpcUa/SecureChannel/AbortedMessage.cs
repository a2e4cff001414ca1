using Mes.OpcUa.Encoding;

namespace Mes.OpcUa.SecureChannel;

/// <summary>The body of an abort chunk: the peer gave up sending the message of <paramref name="RequestId"/>.</summary>
internal sealed record AbortedMessage(uint RequestId, StatusCode Error, string? Reason);

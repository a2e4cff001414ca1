using Mes.OpcUa.Encoding;

namespace Mes.OpcUa.Transport;

/// <summary>The client's opening frame: protocol version, buffer sizes, limits and the endpoint URL (Part 6 §7.1.2.3).</summary>
internal sealed record HelloMessage(uint ProtocolVersion, int ReceiveBufferSize, int SendBufferSize, int MaxMessageSize, int MaxChunkCount, string? EndpointUrl)
{
    public const int MaxEndpointUrlLength = 4096;

    public void Encode(UaWriter w)
    {
        w.WriteUInt32(ProtocolVersion);
        w.WriteInt32(ReceiveBufferSize);
        w.WriteInt32(SendBufferSize);
        w.WriteInt32(MaxMessageSize);
        w.WriteInt32(MaxChunkCount);
        w.WriteString(EndpointUrl);
    }

    public static HelloMessage Decode(ref UaReader r)
    {
        var version = r.ReadUInt32();
        var receive = r.ReadUInt32();
        var send = r.ReadUInt32();
        var maxMessage = r.ReadUInt32();
        var maxChunks = r.ReadUInt32();
        var url = r.ReadString();
        if (url is { Length: > MaxEndpointUrlLength })
            throw new ServiceResultException(StatusCode.BadTcpEndpointUrlInvalid, $"endpoint URL longer than {MaxEndpointUrlLength} characters");
        return new HelloMessage(version, Clamp(receive), Clamp(send), Clamp(maxMessage), Clamp(maxChunks), url);
    }

    private static int Clamp(uint value) => value > int.MaxValue ? int.MaxValue : (int)value;
}

using System.Buffers.Binary;
using System.Net.Sockets;
using Mes.OpcUa.Encoding;
using Mes.OpcUa.SecureChannel;
using Mes.OpcUa.Types;

namespace Mes.OpcUa.Tests.BadInput;

/// <summary>A hand-driven UA-TCP connection that sends whatever bytes a test wants and reads what comes back.</summary>
internal sealed class RawConnection : IAsyncDisposable
{
    private readonly TcpClient _tcp;
    private readonly NetworkStream _stream;
    private uint _sequence = 1;
    private uint _requestId = 1;

    private RawConnection(TcpClient tcp)
    {
        _tcp = tcp;
        _stream = tcp.GetStream();
    }

    public uint ChannelId { get; private set; }

    public uint TokenId { get; private set; }

    public static async Task<RawConnection> ConnectAsync(string endpointUrl)
    {
        var uri = new Uri(endpointUrl);
        var tcp = new TcpClient { NoDelay = true };
        await tcp.ConnectAsync(uri.Host, uri.Port);
        return new RawConnection(tcp);
    }

    public static byte[] Frame(string type, char chunk, ReadOnlySpan<byte> payload)
    {
        var bytes = new byte[8 + payload.Length];
        System.Text.Encoding.ASCII.GetBytes(type, bytes);
        bytes[3] = (byte)chunk;
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(4), bytes.Length);
        payload.CopyTo(bytes.AsSpan(8));
        return bytes;
    }

    public static byte[] Hello(int receive = 65536, int send = 65536) => Frame("HEL", 'F', Encode(w =>
    {
        w.WriteUInt32(0);
        w.WriteInt32(receive);
        w.WriteInt32(send);
        w.WriteInt32(0);
        w.WriteInt32(0);
        w.WriteString("opc.tcp://127.0.0.1");
    }));

    public static byte[] Encode(Action<UaWriter> write)
    {
        using var writer = new UaWriter();
        write(writer);
        return writer.WrittenSpan.ToArray();
    }

    public byte[] OpenChannel(string policy = SecurityPolicyUris.None) => Frame("OPN", 'F', Encode(w =>
    {
        w.WriteUInt32(0);
        w.WriteString(policy);
        w.WriteByteString((byte[]?)null);
        w.WriteByteString((byte[]?)null);
        w.WriteUInt32(_sequence++);
        w.WriteUInt32(_requestId++);
        w.WriteNodeId(OpenSecureChannelRequest.EncodingId);
        new OpenSecureChannelRequest { RequestType = SecurityTokenRequestType.Issue, SecurityMode = MessageSecurityMode.None, RequestedLifetime = 60000 }.Encode(w);
    }));

    /// <summary>A MSG chunk on the open channel; <paramref name="skip"/> leaves a gap in the sequence numbers.</summary>
    public byte[] Message(ReadOnlySpan<byte> body, char chunk = 'F', uint skip = 0, uint? channelId = null, uint? requestId = null)
    {
        var sequence = _sequence + skip;
        _sequence = sequence + 1;
        var payload = new byte[16 + body.Length];
        BinaryPrimitives.WriteUInt32LittleEndian(payload, channelId ?? ChannelId);
        BinaryPrimitives.WriteUInt32LittleEndian(payload.AsSpan(4), TokenId);
        BinaryPrimitives.WriteUInt32LittleEndian(payload.AsSpan(8), sequence);
        BinaryPrimitives.WriteUInt32LittleEndian(payload.AsSpan(12), requestId ?? _requestId++);
        body.CopyTo(payload.AsSpan(16));
        return Frame("MSG", chunk, payload);
    }

    public static byte[] Request(IServiceRequest request) => Encode(w =>
    {
        w.WriteNodeId(request.BinaryEncodingId);
        request.Encode(w);
    });

    public async Task SendAsync(byte[] bytes)
    {
        try
        {
            await _stream.WriteAsync(bytes);
        }
        catch (IOException)
        {
            // The server may already have closed the connection; what it answered is read next.
        }
    }

    /// <summary>Reads one frame: its type and payload, or null when the server closed the connection.</summary>
    public async Task<(string Type, byte[] Payload)?> ReadAsync(TimeSpan? timeout = null)
    {
        using var cancel = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(15));
        var header = new byte[8];
        try
        {
            var read = await _stream.ReadAtLeastAsync(header, 8, throwOnEndOfStream: false, cancel.Token);
            if (read < 8) return null;
            var size = BinaryPrimitives.ReadInt32LittleEndian(header.AsSpan(4));
            var payload = new byte[size - 8];
            await _stream.ReadExactlyAsync(payload, cancel.Token);
            return (System.Text.Encoding.ASCII.GetString(header, 0, 3), payload);
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>Sends HEL and OPN and reads ACK and the OPN response.</summary>
    public async Task OpenAsync()
    {
        await SendAsync(Hello());
        var ack = await ReadAsync();
        Assert.Equal("ACK", ack?.Type);
        await SendAsync(OpenChannel());
        var opn = await ReadAsync() ?? throw new InvalidOperationException("no OPN response");
        Assert.Equal("OPN", opn.Type);
        ChannelId = BinaryPrimitives.ReadUInt32LittleEndian(opn.Payload);
        var reader = new UaReader(opn.Payload.AsSpan(4));
        AsymmetricSecurityHeader.Decode(ref reader);
        reader.Skip(8);
        reader.ReadNodeId();
        var response = OpenSecureChannelResponse.Decode(ref reader);
        TokenId = response.SecurityToken.TokenId;
    }

    /// <summary>Reads until an ERR frame or the end of the connection; returns the ERR status, or null when none came.</summary>
    public async Task<StatusCode?> ReadErrorAsync()
    {
        while (await ReadAsync() is { } frame)
        {
            if (frame.Type == "ERR") return new StatusCode(BinaryPrimitives.ReadUInt32LittleEndian(frame.Payload));
        }
        return null;
    }

    /// <summary>True when the server closed the connection (a read returns end of stream).</summary>
    public async Task<bool> IsClosedByServerAsync() => await ReadAsync(TimeSpan.FromSeconds(15)) is null;

    public async ValueTask DisposeAsync()
    {
        await _stream.DisposeAsync();
        _tcp.Dispose();
    }
}

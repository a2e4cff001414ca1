using CsCheck;
using Mes.OpcUa.Client;
using Mes.OpcUa.Encoding;
using Mes.OpcUa.Tests.Server;
using Mes.OpcUa.Types;

namespace Mes.OpcUa.Tests.BadInput;

/// <summary>
/// Generated malformed input, to the server over TCP and to every decoder in memory: the only outcomes allowed are an
/// Error frame with a closed connection (or a normal answer) and a ServiceResultException; the server keeps serving
/// and its memory stays bounded.
/// </summary>
public sealed class MalformedFramePropertyTests
{
    private static readonly byte[] ValidRead = RawConnection.Request(new ReadRequest
    {
        TimestampsToReturn = TimestampsToReturn.Both,
        NodesToRead = [new ReadValueId { NodeId = new NodeId(2259u), AttributeId = 13 }, new ReadValueId { NodeId = new NodeId("x", 2), AttributeId = 13 }],
    });

    private static readonly Gen<byte[]> Mutated = Gen.OneOf(
        Gen.Byte.Array[0, 200],
        Gen.Int[0, ValidRead.Length - 1].Select(cut => ValidRead[..cut]),
        Gen.Select(Gen.Int[0, ValidRead.Length - 1], Gen.Byte, (at, value) =>
        {
            var copy = (byte[])ValidRead.Clone();
            copy[at] = value;
            return copy;
        }),
        Gen.Select(Gen.Int[0, ValidRead.Length - 4], Gen.Int, (at, value) =>
        {
            var copy = (byte[])ValidRead.Clone();
            BitConverter.TryWriteBytes(copy.AsSpan(at), value);
            return copy;
        }));

    [Fact]
    public async Task Malformed_request_bodies_get_an_answer_or_an_error_and_the_server_keeps_serving()
    {
        await using var plant = await TestPlant.StartAsync();
        var cases = Mutated.Array[25].Single();
        var before = GC.GetTotalMemory(forceFullCollection: true);

        foreach (var body in cases)
        {
            await using var raw = await RawConnection.ConnectAsync(plant.Url);
            await raw.OpenAsync();
            await raw.SendAsync(raw.Message(body));
            var answer = await raw.ReadAsync();
            Assert.True(answer is null || answer.Value.Type is "MSG" or "ERR", $"unexpected answer {answer?.Type}");
        }

        await using var client = await UaClient.ConnectAsync(plant.Url);
        Assert.True((await client.ReadValueAsync(WellKnownNodes.ServerStatusState)).Status.IsGood);
        Assert.True(GC.GetTotalMemory(forceFullCollection: true) - before < 64 * 1024 * 1024, "memory grew by more than 64 MiB");
    }

    [Fact]
    public async Task Random_frames_after_hello_are_answered_with_an_error_and_a_closed_connection()
    {
        await using var plant = await TestPlant.StartAsync();
        string[] types = ["HEL", "ACK", "ERR", "OPN", "MSG", "CLO", "ABC"];
        char[] chunks = ['F', 'C', 'A', 'X'];
        var frames = Gen.Select(Gen.Int[0, types.Length - 1], Gen.Int[0, chunks.Length - 1], Gen.Byte.Array[0, 64],
                (type, chunk, payload) => RawConnection.Frame(types[type], chunks[chunk], payload))
            .Array[20].Single();

        foreach (var frame in frames)
        {
            await using var raw = await RawConnection.ConnectAsync(plant.Url);
            await raw.SendAsync(RawConnection.Hello());
            await raw.ReadAsync();
            await raw.SendAsync(frame);
            Assert.NotNull(await raw.ReadErrorAsync());
        }

        await using var client = await UaClient.ConnectAsync(plant.Url);
        Assert.True((await client.ReadValueAsync(WellKnownNodes.ServerStatusState)).Status.IsGood);
    }

    [Fact]
    public void Every_registered_decoder_refuses_arbitrary_bytes_only_with_a_service_result()
    {
        NodeId[] ids =
        [
            ReadRequest.EncodingId, WriteRequest.EncodingId, BrowseRequest.EncodingId, CallRequest.EncodingId, PublishRequest.EncodingId,
            CreateSessionRequest.EncodingId, ActivateSessionRequest.EncodingId, CreateMonitoredItemsRequest.EncodingId,
            PublishResponse.EncodingId, ReadResponse.EncodingId, GetEndpointsResponse.EncodingId, DataChangeNotification.EncodingId,
        ];
        Gen.Select(Gen.Int[0, ids.Length - 1], Gen.Byte.Array[0, 300]).Sample((index, bytes) =>
        {
            Assert.True(EncodeableTypes.TryGetDecoder(ids[index], out var decoder));
            try
            {
                var reader = new UaReader(bytes, new EncodingLimits { MaxArrayLength = 10_000, MaxStringLength = 10_000 });
                decoder(ref reader);
            }
            catch (ServiceResultException e)
            {
                Assert.True(e.StatusCode.IsBad);
            }
        });
    }
}

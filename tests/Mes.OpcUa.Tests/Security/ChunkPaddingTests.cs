using CsCheck;
using Mes.OpcUa.Encoding;
using Mes.OpcUa.SecureChannel;

namespace Mes.OpcUa.Tests.Security;

public sealed class ChunkPaddingTests
{
    [Fact]
    public void Padding_fills_the_encrypted_part_to_whole_blocks()
    {
        Gen.Select(Gen.Int[0, 10_000], Gen.OneOf(Gen.Const(16), Gen.Const(214), Gen.Const(470)), Gen.Bool).Sample((plain, block, extra) =>
        {
            var count = ChunkPadding.Count(plain, block, extra);
            return count < block && (plain + count + 1 + (extra ? 1 : 0)) % block == 0;
        });
    }

    [Fact]
    public void Written_padding_strips_back_to_the_body_end()
    {
        Gen.Select(Gen.Int[0, 2000], Gen.OneOf(Gen.Const(16), Gen.Const(214), Gen.Const(470))).Sample((body, block) =>
        {
            var extra = block > 256;
            var chunk = new byte[body + 8 + 2 * block + 64];
            var count = ChunkPadding.Count(body + 8 + 32, block, extra);
            var signatureAt = ChunkPadding.Write(chunk, body + 8, count, extra);
            return ChunkPadding.Strip(chunk, 8, signatureAt, extra) == body + 8;
        });
    }

    [Fact]
    public void Above_2048_bit_keys_the_extra_byte_after_the_padding_holds_the_high_byte_of_its_size()
    {
        var chunk = new byte[400];

        var signatureAt = ChunkPadding.Write(chunk, 10, 300, extraByte: true);

        Assert.Equal(10 + 1 + 300 + 1, signatureAt);
        Assert.All(chunk[10..311], b => Assert.Equal(0x2C, b));
        Assert.Equal(0x01, chunk[311]);
    }

    [Fact]
    public void Padding_with_a_byte_that_differs_from_its_size_is_refused()
    {
        var chunk = new byte[64];
        var signatureAt = ChunkPadding.Write(chunk, 20, 5, extraByte: false);
        chunk[22] ^= 0x40;

        var error = Assert.Throws<ServiceResultException>(() => ChunkPadding.Strip(chunk, 8, signatureAt, extraByte: false));

        Assert.Equal(StatusCode.BadSecurityChecksFailed, error.StatusCode);
    }

    [Fact]
    public void A_padding_size_reaching_before_the_body_is_refused()
    {
        var chunk = new byte[64];
        chunk[40] = 60;

        var error = Assert.Throws<ServiceResultException>(() => ChunkPadding.Strip(chunk, 8, 41, extraByte: false));

        Assert.Equal(StatusCode.BadSecurityChecksFailed, error.StatusCode);
    }
}

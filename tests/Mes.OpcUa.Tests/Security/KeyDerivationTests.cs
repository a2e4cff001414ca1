using Mes.OpcUa.SecureChannel;

namespace Mes.OpcUa.Tests.Security;

public sealed class KeyDerivationTests
{
    private static readonly byte[] Secret = Enumerable.Range(0, 32).Select(i => (byte)i).ToArray();
    private static readonly byte[] Seed = Enumerable.Range(0, 32).Select(i => (byte)(255 - i)).ToArray();

    // node-opcua-crypto 2.186's makePseudoRandomBuffer(Secret, Seed, 80, "SHA256"), computed once and frozen.
    private const string NodeOpcUaOutput =
        "dadafdc1fe7d07f575c686e4e393b856921e7759c9d1f0db9198bf1e6be497f2d4d16633e62b5f4fccf35a3e298959504176015d78c74cc371037eeb6f72313e83972ec7e0ea6d869ee596220bd079b4";

    [Fact]
    public void P_SHA256_gives_the_same_bytes_as_node_opcua()
    {
        var derived = PSha256.Derive(Secret, Seed, 80);

        Assert.Equal(NodeOpcUaOutput, Convert.ToHexStringLower(derived));
    }

    [Fact]
    public void Basic256Sha256_keys_are_the_signing_key_then_the_encrypting_key_then_the_iv()
    {
        var keys = DerivedKeys.Derive(RsaSecurityPolicy.Basic256Sha256, Secret, Seed);

        Assert.Equal(NodeOpcUaOutput[..64], Convert.ToHexStringLower(keys.SigningKey));
        Assert.Equal(NodeOpcUaOutput[64..128], Convert.ToHexStringLower(keys.EncryptingKey));
        Assert.Equal(NodeOpcUaOutput[128..], Convert.ToHexStringLower(keys.InitializationVector));
    }

    [Fact]
    public void Aes128_Sha256_RsaOaep_derives_a_16_byte_encrypting_key()
    {
        var keys = DerivedKeys.Derive(RsaSecurityPolicy.Aes128Sha256RsaOaep, Secret, Seed);

        Assert.Equal((32, 16, 16), (keys.SigningKey.Length, keys.EncryptingKey.Length, keys.InitializationVector.Length));
    }

    [Fact]
    public void A_longer_output_starts_with_the_shorter_one()
    {
        var shorter = PSha256.Derive(Secret, Seed, 40);
        var longer = PSha256.Derive(Secret, Seed, 200);

        Assert.Equal(shorter, longer[..40]);
    }
}

using Mes.OpcUa.Security;

namespace Mes.OpcUa.Tests.Interop;

[Trait("Category", "Interop")]
public sealed class NodeOpcUaSecureClientAgainstServerTests(SecureNodeOpcUaClientRun run) : IClassFixture<SecureNodeOpcUaClientRun>
{
    public static TheoryData<string, string, string> Combinations()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var policy in new[] { "Basic256Sha256", "Aes128_Sha256_RsaOaep", "Aes256_Sha256_RsaPss" })
        foreach (var mode in new[] { "Sign", "SignAndEncrypt" })
        foreach (var identity in new[] { "anonymous", "username", "x509" })
            data.Add(policy, mode, identity);
        return data;
    }

    [Theory]
    [MemberData(nameof(Combinations))]
    public void A_node_opcua_client_reads_from_our_server_with_every_policy_mode_and_identity(string policy, string mode, string identity) =>
        run.AssertPassed($"connect_{policy}_{mode}_{identity}");

    [Fact]
    public void A_node_opcua_client_with_a_wrong_password_gets_BadUserAccessDenied_on_a_secure_endpoint() => run.AssertPassed("wrong_password_is_refused");

    [Fact]
    public void A_node_opcua_client_whose_certificate_is_not_trusted_is_refused_and_its_certificate_kept_in_rejected()
    {
        run.AssertPassed("untrusted_client_certificate_is_refused");
        Assert.Contains(run.ServerPki.List(), c => c.Folder == CertificateStoreFolder.Rejected && c.Subject.Contains("node-opcua stranger", StringComparison.Ordinal));
    }

    [Fact]
    public void A_node_opcua_client_renewing_its_token_every_1_5_seconds_keeps_receiving_notifications() =>
        run.AssertPassed("token_renewal_keeps_the_subscription_flowing");

    [Theory]
    [InlineData("Basic256Sha256")]
    [InlineData("Aes128_Sha256_RsaOaep")]
    [InlineData("Aes256_Sha256_RsaPss")]
    public void A_node_opcua_client_talks_to_a_server_with_a_4096_bit_key_which_needs_the_extra_padding_byte(string policy) =>
        run.AssertPassed($"large_server_key_{policy}_SignAndEncrypt_username");
}

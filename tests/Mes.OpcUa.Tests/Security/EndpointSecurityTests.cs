using Mes.OpcUa.SecureChannel;
using Mes.OpcUa.Types;

namespace Mes.OpcUa.Tests.Security;

public sealed class EndpointSecurityTests
{
    [Theory]
    [InlineData("Basic256Sha256", "SignAndEncrypt")]
    [InlineData("aes128_sha256_rsaoaep", "sign")]
    [InlineData("http://opcfoundation.org/UA/SecurityPolicy#Aes256_Sha256_RsaPss", "Sign")]
    [InlineData("None", "None")]
    public void A_policy_and_mode_typed_by_name_or_uri_are_understood(string policy, string mode)
    {
        var security = EndpointSecurity.Parse(policy, mode);

        Assert.Contains(security, EndpointSecurity.All);
    }

    [Fact]
    public void An_unknown_policy_is_refused_naming_the_policies_there_are()
    {
        var error = Assert.Throws<ArgumentException>(() => EndpointSecurity.Parse("Basic128Rsa15", "Sign"));

        Assert.Equal("policy", error.ParamName);
        Assert.Contains("Aes128_Sha256_RsaOaep", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("None", "Sign")]
    [InlineData("Basic256Sha256", "None")]
    public void A_policy_and_mode_that_do_not_go_together_are_refused(string policy, string mode)
    {
        var error = Assert.Throws<ArgumentException>(() => EndpointSecurity.Parse(policy, mode));

        Assert.Equal("mode", error.ParamName);
    }

    [Fact]
    public void Encryption_ranks_above_signing_and_signing_above_none()
    {
        var levels = EndpointSecurity.All.GroupBy(e => e.Mode).ToDictionary(g => g.Key, g => g.Select(e => e.SecurityLevel).ToArray());

        Assert.True(levels[MessageSecurityMode.None].Max() < levels[MessageSecurityMode.Sign].Min());
        Assert.True(levels[MessageSecurityMode.Sign].Max() < levels[MessageSecurityMode.SignAndEncrypt].Min());
    }
}

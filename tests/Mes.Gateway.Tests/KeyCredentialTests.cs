using Mes.Gateway.Auth;

namespace Mes.Gateway.Tests;

public sealed class KeyCredentialTests
{
    [Fact]
    public void A_generated_key_matches_its_own_stored_hash_and_not_another_keys()
    {
        var key = KeyCredential.Generate('k');
        var other = KeyCredential.Generate('k');

        Assert.True(key.Matches(key.SecretHash()));
        Assert.False(other.Matches(key.SecretHash()));
    }

    [Fact]
    public void The_stored_hash_does_not_contain_the_secret()
    {
        var key = KeyCredential.Generate('t');

        Assert.DoesNotContain(key.Secret, key.SecretHash(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_key_printed_anywhere_shows_its_id_and_hides_its_secret()
    {
        var key = KeyCredential.Generate('k');

        Assert.Equal(key.Id + ".***", key.ToString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("no-dot")]
    [InlineData(".secret-only")]
    [InlineData("id-only.")]
    public void A_presented_key_not_of_the_form_id_dot_secret_is_not_parsed(string? presented)
    {
        Assert.False(KeyCredential.TryParse(presented, out _));
    }
}

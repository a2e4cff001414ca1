using CsCheck;
using Mes.Gateway.Auth;

namespace Mes.Gateway.Tests;

// The rule is the same at any iteration count; the properties run at a low one to stay quick.
public sealed class PasswordHashTests
{
    private const int Iterations = 1_000;
    private static readonly Gen<string> Passwords = Gen.String[Gen.Char.AlphaNumeric, PasswordPolicy.MinimumLength, 40];

    [Fact]
    public void A_password_verifies_against_its_own_hash_and_another_password_does_not()
    {
        Gen.Select(Passwords, Passwords).Where((a, b) => a != b).Sample((password, other) =>
        {
            var hash = PasswordHash.Create(password, Iterations);
            return PasswordHash.Verify(hash, password) && !PasswordHash.Verify(hash, other);
        }, iter: 50);
    }

    [Fact]
    public void The_stored_hash_contains_neither_the_password_nor_its_base64()
    {
        Passwords.Sample(password =>
        {
            var hash = PasswordHash.Create(password, Iterations);
            return !hash.Contains(password, StringComparison.Ordinal)
                && !hash.Contains(Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(password)), StringComparison.Ordinal);
        }, iter: 50);
    }

    [Fact]
    public void Two_hashes_of_one_password_differ_because_each_has_its_own_salt()
    {
        var first = PasswordHash.Create("the-same-password", Iterations);
        var second = PasswordHash.Create("the-same-password", Iterations);

        Assert.NotEqual(first, second);
    }

    [Fact]
    public void New_hashes_use_the_documented_600000_iterations_of_pbkdf2_sha256()
    {
        var hash = PasswordHash.Create("the-default-cost");

        Assert.StartsWith("pbkdf2-sha256$600000$", hash, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("pbkdf2-sha256$1000$not-base64$AAAA")]
    [InlineData("md5$1000$AAAA$AAAA")]
    [InlineData("pbkdf2-sha256$0$AAAA$AAAA")]
    public void A_missing_or_malformed_hash_verifies_no_password(string? stored)
    {
        Assert.False(PasswordHash.Verify(stored, "any-password-at-all"));
    }
}

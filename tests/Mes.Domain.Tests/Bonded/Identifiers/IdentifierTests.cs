using Mes.Domain.Bonded.Identifiers;

namespace Mes.Domain.Tests.Bonded.Identifiers;

public sealed class IdentifierTests
{
    [Fact]
    public void An_item_number_reads_and_writes_its_table_letter_and_filed_sequence()
    {
        var item = ItemNo.Parse("E12");

        Assert.Equal((ItemKind.FinishedGood, 12, "E12"), (item.Kind, item.Sequence, item.ToString()));
    }

    [Theory]
    [InlineData("I0")]
    [InlineData("I012")]
    [InlineData("X1")]
    [InlineData("E")]
    [InlineData("I1a")]
    [InlineData("I123456789")]
    public void An_item_number_outside_the_filed_form_is_refused(string text)
    {
        Assert.Throws<FormatException>(() => ItemNo.Parse(text));
    }

    [Fact]
    public void A_social_credit_code_published_in_a_customs_filing_passes_its_check_character()
    {
        var code = new SocialCreditCode("913302017532977856");

        Assert.Equal("913302017532977856", code.Value);
    }

    [Fact]
    public void A_social_credit_code_with_one_mistyped_character_is_refused()
    {
        var error = Assert.Throws<FormatException>(() => new SocialCreditCode("913302017532977857"));

        Assert.Contains("check character", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_account_book_number_must_start_with_its_book_type_letter()
    {
        Assert.Throws<FormatException>(() => new AccountBookNo("51082500001H"));
    }

    [Fact]
    public void Only_three_digit_codes_count_as_customs_units()
    {
        Assert.True(new UnitOfMeasure("035").IsCustomsCode);
        Assert.False(new UnitOfMeasure("kg").IsCustomsCode);
    }
}

using System.Globalization;
using Mes.Domain.Bonded.Csv;

namespace Mes.Domain.Tests.Bonded.Csv;

public sealed class CsvTests
{
    private static readonly CsvTable<(string Name, decimal Quantity)> Table = new(
        ("name", r => r.Name),
        ("quantity", r => CsvCell.Of(r.Quantity)));

    [Fact]
    public void A_field_holding_a_comma_quote_or_line_break_is_quoted_with_inner_quotes_doubled()
    {
        var text = Table.Write([("0402|100nF, \"X7R\"\nreel", 1m)]);

        Assert.Equal("name,quantity\r\n\"0402|100nF, \"\"X7R\"\"\nreel\",1\r\n", text);
    }

    [Fact]
    public void Every_line_ends_with_carriage_return_and_line_feed()
    {
        var text = Table.Write([("a", 1m), ("b", 2m)]);

        Assert.Equal(3, text.Split("\r\n").Length - 1);
        Assert.DoesNotContain("\n", text.Replace("\r\n", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Decimals_are_written_in_invariant_form_without_exponent_whatever_the_culture_of_the_thread()
    {
        var culture = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");

            var text = Table.Write([("a", 1234.50m), ("b", 0.0000006m)]);

            Assert.Equal("name,quantity\r\na,1234.5\r\nb,0.0000006\r\n", text);
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }

    [Fact]
    public void Times_are_written_in_utc_with_microseconds()
    {
        var time = new DateTimeOffset(2025, 3, 3, 9, 0, 0, TimeSpan.FromHours(8)).AddTicks(10);

        Assert.Equal("2025-03-03T01:00:00.000001Z", CsvCell.Of(time));
    }
}

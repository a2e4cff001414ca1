using Mes.Domain.Production.MasterData.Import;

namespace Mes.Domain.Tests.Production.MasterData;

public sealed class CsvTableTests
{
    [Fact]
    public void Quoted_fields_keep_commas_doubled_quotes_and_line_breaks()
    {
        var errors = new List<ImportError>();

        var table = CsvTable.Parse("t.csv", "a,b\r\n\"x, y\",\"say \"\"hi\"\"\nthere\"\r\n", errors);

        Assert.Empty(errors);
        Assert.Equal(["x, y", "say \"hi\"\nthere"], table.Rows.Single().Fields);
    }

    [Fact]
    public void A_row_with_too_many_fields_is_reported_with_its_row_and_left_out()
    {
        var errors = new List<ImportError>();

        var table = CsvTable.Parse("t.csv", "a,b\n1,2\n3,4,5\n6,7", errors);

        Assert.Equal([2, 4], table.Rows.Select(r => r.Row));
        Assert.Equal(3, Assert.Single(errors).Row);
    }

    [Fact]
    public void A_quote_inside_an_unquoted_field_is_an_error()
    {
        var errors = new List<ImportError>();

        CsvTable.Parse("t.csv", "a\n5\"x\n", errors);

        Assert.Equal(2, Assert.Single(errors).Row);
    }

    [Fact]
    public void Blank_lines_and_a_byte_order_mark_are_ignored()
    {
        var errors = new List<ImportError>();

        var table = CsvTable.Parse("t.csv", "\uFEFFa\n\n1\n\n", errors);

        Assert.Equal(["a"], table.Header);
        Assert.Equal("1", table.Rows.Single().Fields[0]);
    }
}

using System.Text.Json.Nodes;
using Mes.Domain.Bonded.MasterData;
using Mes.Domain.Bonded.MasterData.Json;
using Mes.Domain.Tests.Bonded.Support;

namespace Mes.Domain.Tests.Bonded.MasterData;

public sealed class MasterDataJsonTests
{
    private static IReadOnlyList<MasterDataError> Errors(MasterDataFiles files) =>
        Assert.IsType<MasterDataResult.Invalid>(MasterDataJson.Load(files)).Errors;

    private static string EditRow(string file, int row, Action<JsonObject> edit)
    {
        var rows = JsonNode.Parse(SampleBook.Read(file))!.AsArray();
        edit(rows[row - 1]!.AsObject());
        return rows.ToJsonString();
    }

    [Fact]
    public void A_missing_field_is_reported_with_its_file_row_and_field()
    {
        var files = SampleBook.Files() with { Items = EditRow("items.json", 3, row => row.Remove("hsCode")) };

        var error = Assert.Single(Errors(files));

        Assert.Equal("items.json row 3, field 'hsCode': is missing.", error.ToString());
    }

    [Fact]
    public void A_misspelt_field_is_refused_rather_than_ignored()
    {
        var files = SampleBook.Files() with { Norms = EditRow("norms.json", 2, row => row["tangibelLossPercent"] = 1) };

        var error = Assert.Single(Errors(files));

        Assert.Equal((MasterDataSource.Norms, 2, "tangibelLossPercent"), (error.Source, error.Row, error.Field));
    }

    [Fact]
    public void A_time_without_an_offset_is_refused_because_its_instant_would_depend_on_the_reader()
    {
        var files = SampleBook.Files() with { Mappings = EditRow("mappings.json", 1, row => row["effectiveFrom"] = "2025-01-01T00:00:00") };

        var error = Assert.Single(Errors(files));

        Assert.Equal((1, "effectiveFrom"), (error.Row, error.Field));
    }

    [Fact]
    public void A_field_inside_a_nested_array_is_named_by_its_path()
    {
        var files = SampleBook.Files() with
        {
            Items = EditRow("items.json", 4, row => row["legalUnits"]![1]!.AsObject().Remove("factor")),
        };

        var error = Assert.Single(Errors(files));

        Assert.Equal("legalUnits[1].factor", error.Field);
    }

    [Fact]
    public void Every_bad_row_of_a_file_is_reported_in_one_pass()
    {
        var items = JsonNode.Parse(SampleBook.Read("items.json"))!.AsArray();
        items[0]!["hsCode"] = "85340090";
        items[5]!["currency"] = "USD!";
        var files = SampleBook.Files() with { Items = items.ToJsonString() };

        var errors = Errors(files);

        Assert.Equal([(1, "hsCode"), (6, "currency")], errors.Select(e => (e.Row ?? 0, e.Field)).ToArray());
    }

    [Fact]
    public void A_file_that_is_not_json_is_reported_with_the_line_of_the_fault()
    {
        var files = SampleBook.Files() with { Norms = "[\n  { \"product\": \"E1\",\n  oops }\n]" };

        var error = Assert.Single(Errors(files));

        Assert.Equal(MasterDataSource.Norms, error.Source);
        Assert.Contains("line 3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_mapping_to_an_item_the_book_does_not_have_is_refused_naming_the_row()
    {
        var files = SampleBook.Files() with { Mappings = EditRow("mappings.json", 7, row => row["item"] = "I99") };

        var error = Assert.Single(Errors(files));

        Assert.Equal("mappings.json row 7, field 'item': I99 is not an item of book H51082500001.", error.ToString());
    }
}

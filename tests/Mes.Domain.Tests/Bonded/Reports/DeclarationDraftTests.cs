using Mes.Domain.Bonded.Declarations;
using Mes.Domain.Bonded.Identifiers;
using Mes.Domain.Bonded.Journal;

namespace Mes.Domain.Tests.Bonded.Reports;

public sealed class DeclarationDraftTests
{
    private readonly HandWorkedMarch month = new();

    private DeclarationDraft Draft(string list) => DeclarationDraft.Compose(month.Book.Journal, month.Book.Master, list);

    [Fact]
    public void An_export_list_line_carries_item_tariff_units_value_origin_and_norm_version()
    {
        // 120 boards for 2 220.00 USD: unit price 2 220 / 120 = 18.5; second legal unit 120 × 0.065 kg = 7.8 kg.
        var line = Assert.Single(Draft("QD510825E000000011").Lines);

        Assert.Equal((1, ItemNo.Parse("E1"), "8517799000", 120m, "007", 120m), (line.LineNo, line.Item, line.HsCode.Value, line.DeclaredQuantity, line.FirstLegalUnit.Value, line.FirstLegalQuantity));
        Assert.Equal((7.8m, 18.5m, 2_220m, "142", 1), (line.SecondLegalQuantity, line.UnitPrice, line.TotalAmount, line.Origin?.Value, line.NormVersion));
        Assert.Equal(EntryKind.Export, line.Movement);
    }

    [Fact]
    public void A_movement_without_a_value_is_valued_at_the_filed_unit_price()
    {
        // Domestic sale of 1 000 capacitors, no value given: 1 000 × 0.004 = 4.00 USD; origin of lot CAP-A (116).
        var line = Assert.Single(Draft("QD510825E000000013").Lines);

        Assert.Equal((EntryKind.DomesticSale, 1_000m, 0.004m, 4m, "116", (int?)null),
            (line.Movement, line.DeclaredQuantity, line.UnitPrice, line.TotalAmount, line.Origin?.Value, line.NormVersion));
    }

    [Fact]
    public void A_reversed_movement_is_not_declared()
    {
        Assert.Empty(Draft("QD510825E000000012").Lines);
    }

    [Fact]
    public void The_json_layout_names_every_field_in_camel_case_with_decimals_as_plain_numbers()
    {
        var json = DeclarationDraftJson.Write(Draft("QD510825E000000011"));

        using var document = System.Text.Json.JsonDocument.Parse(json);
        var line = document.RootElement.GetProperty("lines")[0];
        Assert.Equal(DeclarationLineLayout.Fields.Select(f => DeclarationLineLayout.JsonName(f.Name)), line.EnumerateObject().Select(p => p.Name));
        Assert.Equal("7.8", line.GetProperty("secondLegalQuantity").GetRawText());
        Assert.Equal("网关控制器印刷电路板组件", line.GetProperty("name").GetString());
    }
}

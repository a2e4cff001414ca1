using Mes.Domain.Production.MasterData.Import;

namespace Mes.Domain.Tests.Production.MasterData;

public sealed class ImportErrorTests
{
    [Fact]
    public void A_csv_material_with_an_unknown_msd_level_is_refused_naming_file_row_and_field()
    {
        var files = SamplePlant.CsvFiles();
        files["materials.csv"] = "partNo,description,unit,msdLevel\r\nPCB-GW100,PCB,pcs,1\r\nIC-MCU-STM32,MCU,pcs,7\r\n";

        var errors = Rejected(files);

        var error = Assert.Single(errors, e => e.File == "materials.csv");
        Assert.Equal(3, error.Row);
        Assert.Equal("msdLevel", error.Field);
        Assert.Contains("'7' is not an MSD level", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_json_bom_line_naming_an_unknown_part_is_refused_with_the_element_and_its_path()
    {
        var files = SamplePlant.JsonFiles();
        files["boms.json"] = files["boms.json"].Replace("\"XTAL-25M\"", "\"XTAL-26M\"", StringComparison.Ordinal);

        var error = Assert.Single(Rejected(files));

        Assert.Equal(("boms.json", 1, "lines[8].partNo"), (error.File, error.Row, error.Field));
        Assert.Contains("XTAL-26M", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rework_loop_returning_to_an_unknown_operation_is_refused()
    {
        var files = SamplePlant.JsonFiles();
        files["routes.json"] = files["routes.json"].Replace("\"returnTo\": \"aoi\"", "\"returnTo\": \"inspect\"", StringComparison.Ordinal);

        var error = Assert.Single(Rejected(files));

        Assert.Equal(("routes.json", 1, "reworkLoops[1].returnTo"), (error.File, error.Row, error.Field));
    }

    [Fact]
    public void A_certification_date_without_an_offset_is_refused_because_the_instant_would_be_ambiguous()
    {
        var files = SamplePlant.CsvFiles();
        files["certifications.csv"] = "badge,code,validUntil\nB1001,SMT-PRINT,2027-12-31\n";

        var error = Assert.Single(Rejected(files));

        Assert.Equal(("certifications.csv", 2, "validUntil"), (error.File, error.Row, error.Field));
    }

    [Fact]
    public void A_csv_row_with_an_unclosed_quote_is_refused_with_its_row()
    {
        var files = SamplePlant.CsvFiles();
        files["operators.csv"] = "badge,name\nB1001,\"Li Wei\nB1002,Aynur Tursun\n";

        var error = Assert.Single(Rejected(files), e => e.File == "operators.csv");

        Assert.Equal(2, error.Row);
        Assert.Contains("not closed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Giving_a_data_set_both_as_json_and_as_csv_is_refused()
    {
        var files = SamplePlant.JsonFiles();
        files["materials.csv"] = SamplePlant.CsvFiles()["materials.csv"];

        var errors = Rejected(files);

        Assert.Equal("materials.csv", errors[0].File);
        Assert.Contains("not both", errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_named()
    {
        var files = SamplePlant.JsonFiles();
        files.Remove("shifts.json");

        var error = Assert.Single(Rejected(files));

        Assert.Equal(("shifts.json", "is missing"), (error.File, error.Message));
    }

    [Fact]
    public void Invalid_json_is_refused_with_the_line_of_the_syntax_error()
    {
        var files = SamplePlant.JsonFiles();
        files["products.json"] = "[\n  { \"productNo\": \"GW-100\", }\n]";

        var errors = Rejected(files);

        Assert.Contains(errors, e => e.File == "products.json" && e.Message.Contains("line 2", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_error_of_an_import_is_reported_at_once_and_nothing_is_imported()
    {
        var files = SamplePlant.JsonFiles();
        files["equipment.json"] = files["equipment.json"]
            .Replace("\"idealCycleSeconds\": 15", "\"idealCycleSeconds\": -1", StringComparison.Ordinal)
            .Replace("opc.tcp://127.0.0.1:4840\",\n    \"namespaceUri\": \"urn:zone-mes:plc-simulator\",\n    \"idealCycleSeconds\": 12", "http://spi\",\n    \"namespaceUri\": \"urn:zone-mes:plc-simulator\",\n    \"idealCycleSeconds\": 12", StringComparison.Ordinal);

        var result = PlantMasterDataLoader.Load(files, 2, SamplePlant.Now);

        var rejected = Assert.IsType<ImportResult.Rejected>(result);
        Assert.Equal(
            [("equipment.json", 1, "idealCycleSeconds"), ("equipment.json", 2, "endpoint")],
            rejected.Errors.Select(e => (e.File, e.Row ?? 0, e.Field ?? string.Empty)));
    }

    [Fact]
    public void An_error_reads_as_file_row_field_and_message()
    {
        var error = new ImportError("materials.csv", 3, "msdLevel", "'7' is not an MSD level");

        Assert.Equal("materials.csv, row 3, field msdLevel: '7' is not an MSD level", error.ToString());
    }

    private static IReadOnlyList<ImportError> Rejected(Dictionary<string, string> files) =>
        Assert.IsType<ImportResult.Rejected>(PlantMasterDataLoader.Load(files, 2, SamplePlant.Now)).Errors;
}

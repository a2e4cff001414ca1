using System.Text.Json.Nodes;
using Mes.PlcSimulator.Definition;

namespace Mes.PlcSimulator.Tests;

public sealed class LineFileTests
{
    private static readonly Dictionary<string, (Action<JsonObject> Edit, string Error)> BadFiles = new()
    {
        ["zero cycle time"] = (r => r.Machine(3)["idealCycleTime"] = 0, "machines[3].idealCycleTime: must be > 0 and <= 3600"),
        ["unknown type"] = (r => r.Machine(4)["type"] = "oven", "machines[4].type: 'oven' is not a machine type (one of: printer, spi, placer, reflow, aoi, test, pack)"),
        ["missing field"] = (r => r.Machine(0).Remove("idealCycleTime"), "machines[0].idealCycleTime: is required"),
        ["misspelt field"] = (r => r.Machine(1)["bufferCapacty"] = 2, "machines[1].bufferCapacty: unknown field"),
        ["duplicate id"] = (r => r.Machine(3)["id"] = "placer-1", "machines[3].id: 'placer-1' is already used by machines[2]"),
        ["fraction of a piece"] = (r => r.Machine(2)["slots"]![0]!["qtyPerBoard"] = 2.5, "machines[2].slots[0].qtyPerBoard: must be a whole number of pieces"),
        ["section of another type"] = (r => r.Machine(0)["reflow"] = new JsonObject(), "machines[0].reflow: only a reflow machine has a reflow section"),
        ["buffer before the loader"] = (r => r.Machine(0)["bufferCapacity"] = 2, "machines[0].bufferCapacity: the first machine takes boards from the loader and has no buffer"),
        ["zone too hot"] = (r => r.Machine(4)["reflow"]!["zoneSetpoints"]![2] = 500, "machines[4].reflow.zoneSetpoints[2]: must be a temperature between 20 and 350 °C"),
        ["mispick rate"] = (r => r.Machine(2)["slots"]![1]!["mispickRate"] = 0.9, "machines[2].slots[1].mispickRate: must be between 0 and 0.5"),
        ["fault reaction"] = (r => r.Machine(0)["faults"]!["alarms"]![0]!["reaction"] = "explode", "machines[0].faults.alarms[0].reaction: 'explode' must be hold or abort"),
        ["line id"] = (r => r["line"] = "line one", "line: 'line one' must be <area>-NN, e.g. smt-01"),
        ["test limits"] = (r => r.Machine(6)["test"]!["steps"]![0]!["high"] = 3.0, "machines[6].test.steps[0].high: must not be below low"),
        ["dot in a slot name"] = (r => r.Machine(2)["slots"]![0]!["slot"] = "1.5", "machines[2].slots[0].slot: '1.5' must be letters, digits, dashes or underscores (no dots)"),
        ["no machines"] = (r => r["machines"] = new JsonArray(), "machines: must have between 1 and 64 entries, has 0"),
        ["version"] = (r => r["version"] = 2, "version: must be 1"),
        ["text for a number"] = (r => r.Machine(5)["rejectRate"] = "high", "machines[5].rejectRate: must be a number"),
    };

    public static TheoryData<string> BadFileCases => [.. BadFiles.Keys];

    [Fact]
    public void The_shipped_line_file_is_valid()
    {
        var result = LineFile.Parse(DefaultLine.Json());

        Assert.Empty(result.Errors);
        Assert.True(result.IsValid);
    }

    [Fact]
    public void The_embedded_line_is_the_file_shipped_beside_the_program()
    {
        var onDisk = File.ReadAllText(Path.Combine(RepositoryRoot(), "plc-simulator", "Mes.PlcSimulator", "lines", "smt-line.json"));

        Assert.Equal(onDisk, DefaultLine.Json());
    }

    [Theory]
    [MemberData(nameof(BadFileCases))]
    public void A_bad_line_file_is_refused_with_the_path_of_the_field(string badFile)
    {
        var (edit, error) = BadFiles[badFile];

        var result = LineFile.Parse(ShippedLineJson.With(edit));

        Assert.Null(result.Line);
        Assert.Contains(result.Errors, e => e.ToString().StartsWith(error, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_error_of_a_file_is_reported_not_only_the_first()
    {
        var result = LineFile.Parse(ShippedLineJson.With(r =>
        {
            r.Machine(1)["idealCycleTime"] = -1;
            r.Machine(7)["rejectRate"] = 2;
        }));

        Assert.Equal(["machines[1].idealCycleTime", "machines[7].rejectRate"], result.Errors.Select(e => e.Path));
    }

    [Fact]
    public void Text_that_is_not_json_is_refused_with_the_parser_position()
    {
        var result = LineFile.Parse("{ \"line\": \"smt-01\", ");

        var error = Assert.Single(result.Errors);
        Assert.Equal("$", error.Path);
        Assert.StartsWith("not valid JSON", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_refused_naming_the_file()
    {
        var result = LineFile.Read("/nonexistent/line.json");

        Assert.Contains("/nonexistent/line.json", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }

    internal static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "MES.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("MES.sln not found above the test assembly");
    }
}

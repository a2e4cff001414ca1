using System.Text.Json;

namespace Mes.PlcSimulator.Definition;

/// <summary>Reads the process section of each machine type and the process values inside them.</summary>
internal static class ProcessReader
{
    private const int MaxZones = 16;

    public static PrinterDefinition Printer(JsonObjectReader printer)
    {
        var definition = new PrinterDefinition(
            Value(printer, "squeegeePressure"),
            Value(printer, "printSpeed"),
            Value(printer, "pasteDeposit"),
            printer.Number("clogPerBoard", NumberRule.NotNegative, fallback: 0),
            printer.Integer("wipeEvery", NumberRule.Between(1, 10_000)),
            printer.Number("wipeTime", NumberRule.Between(0, 600)));
        printer.RejectUnknownFields();
        return definition;
    }

    public static SpiDefinition Spi(JsonObjectReader spi)
    {
        var low = spi.Number("volumeLow", NumberRule.Between(0, 1000));
        var high = spi.Number("volumeHigh", NumberRule.Between(0, 1000));
        if (spi.Has("volumeLow") && spi.Has("volumeHigh") && low >= high)
        {
            spi.Error("volumeHigh", "must be above volumeLow");
        }

        var definition = new SpiDefinition(low, high,
            spi.Number("measurementNoise", NumberRule.NotNegative, fallback: 0),
            spi.Number("nominalHeight", NumberRule.Positive));
        spi.RejectUnknownFields();
        return definition;
    }

    public static PlacerDefinition Placer(JsonObjectReader placer)
    {
        var definition = new PlacerDefinition(Value(placer, "nozzleVacuum"), Effect(placer, "vacuumEffect"));
        placer.RejectUnknownFields();
        return definition;
    }

    public static ReflowDefinition Reflow(JsonObjectReader reflow)
    {
        var zones = reflow.Array("zoneSetpoints", 1, MaxZones)
            .Select(z => ZoneSetpoint(reflow, z.Element, z.Path))
            .ToList();
        var definition = new ReflowDefinition(zones, Value(reflow, "zoneTemperature"), Value(reflow, "conveyorSpeed"));
        reflow.RejectUnknownFields();
        return definition;
    }

    public static AoiDefinition Aoi(JsonObjectReader aoi)
    {
        var definition = new AoiDefinition(Effect(aoi, "paste"), Effect(aoi, "temperature"));
        aoi.RejectUnknownFields();
        return definition;
    }

    public static TestDefinition Test(JsonObjectReader test)
    {
        var steps = new List<TestStepDefinition>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (element, path) in test.Array("steps", 1, 100))
        {
            if (test.Element(element, path) is { } step)
            {
                steps.Add(TestStep(step, names));
            }
        }

        test.RejectUnknownFields();
        return new TestDefinition(steps);
    }

    private static TestStepDefinition TestStep(JsonObjectReader step, HashSet<string> names)
    {
        var name = step.String("name", SlotReader.SlotPattern(), "letters, digits, dashes or underscores (no dots)");
        if (name.Length > 0 && !names.Add(name))
        {
            step.Error("name", $"'{name}' appears twice");
        }

        var unit = step.String("unit");
        var isBoolean = unit == TestStepDefinition.Boolean;
        var limitRule = isBoolean ? new NumberRule(v => v is 0 or 1, "must be 0 or 1 for a bool step") : NumberRule.Any;
        var low = step.Number("low", limitRule);
        var high = step.Number("high", limitRule);
        if (step.Has("low") && step.Has("high") && low > high)
        {
            step.Error("high", "must not be below low");
        }

        double nominal = 1, sigma = 0, failRate = 0;
        if (isBoolean)
        {
            failRate = step.Number("failRate", NumberRule.Probability, fallback: 0);
            RefuseField(step, "nominal", "a bool step reads 1, or 0 at its failRate");
            RefuseField(step, "sigma", "a bool step reads 1, or 0 at its failRate");
        }
        else
        {
            nominal = step.Number("nominal", NumberRule.Any);
            sigma = step.Number("sigma", NumberRule.NotNegative);
            RefuseField(step, "failRate", "only a bool step has a failRate; a measured step fails outside its limits");
        }

        step.RejectUnknownFields();
        return new TestStepDefinition(name, unit, low, high, nominal, sigma, failRate);
    }

    private static void RefuseField(JsonObjectReader reader, string name, string why)
    {
        if (reader.Has(name))
        {
            reader.Error(name, why);
        }
    }

    private static double ZoneSetpoint(JsonObjectReader reflow, JsonElement element, string path)
    {
        if (element.ValueKind == JsonValueKind.Number && element.TryGetDouble(out var setpoint)
            && setpoint is >= ReflowLimits.MinSetpoint and <= ReflowLimits.MaxSetpoint)
        {
            return setpoint;
        }

        reflow.ErrorAt(path, $"must be a temperature between {ReflowLimits.MinSetpoint} and {ReflowLimits.MaxSetpoint} °C");
        return 0;
    }

    private static ProcessValueDefinition Value(JsonObjectReader section, string name)
    {
        if (section.Object(name, required: true) is not { } value)
        {
            return new ProcessValueDefinition(0, 0, 1, 1, null);
        }

        var definition = new ProcessValueDefinition(
            value.Number("nominal", NumberRule.Any),
            value.Number("noise", NumberRule.NotNegative),
            value.Number("reversionTime", NumberRule.Positive),
            value.Number("resolution", NumberRule.Positive),
            value.Object("excursions", required: false) is { } excursions ? Excursions(excursions) : null);
        value.RejectUnknownFields();
        return definition;
    }

    private static ExcursionDefinition Excursions(JsonObjectReader excursions)
    {
        var definition = new ExcursionDefinition(
            excursions.Number("meanInterval", NumberRule.Positive),
            excursions.Number("size", NumberRule.Any),
            excursions.Number("recoveryTime", NumberRule.Positive));
        excursions.RejectUnknownFields();
        return definition;
    }

    private static DriftEffectDefinition Effect(JsonObjectReader section, string name)
    {
        if (section.Object(name, required: true) is not { } effect)
        {
            return new DriftEffectDefinition(1, 0);
        }

        var definition = new DriftEffectDefinition(
            effect.Number("tolerance", NumberRule.Positive),
            effect.Number("sensitivity", NumberRule.NotNegative));
        effect.RejectUnknownFields();
        return definition;
    }
}

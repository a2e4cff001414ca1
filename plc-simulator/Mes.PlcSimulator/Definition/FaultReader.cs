namespace Mes.PlcSimulator.Definition;

/// <summary>Reads the <c>faults</c> section of a machine: MTBF, MTTR and the alarm catalogue.</summary>
internal static class FaultReader
{
    public static FaultDefinition Read(JsonObjectReader faults)
    {
        var mtbf = faults.Number("mtbf", NumberRule.Positive);
        var mttr = faults.Number("mttr", NumberRule.Positive);
        var alarms = new List<AlarmDefinition>();
        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (element, path) in faults.Array("alarms", 1, 100))
        {
            if (faults.Element(element, path) is not { } alarm)
            {
                continue;
            }

            var code = alarm.String("code", AlarmCodes.Pattern(), AlarmCodes.Rule);
            if (code.Length > 0 && !codes.Add(code))
            {
                alarm.Error("code", $"'{code}' appears twice");
            }

            var text = alarm.String("text");
            var reaction = ReadReaction(alarm);
            var weight = alarm.Number("weight", NumberRule.Positive, fallback: 1);
            alarm.RejectUnknownFields();
            alarms.Add(new AlarmDefinition(code, text, reaction, weight));
        }

        faults.RejectUnknownFields();
        return new FaultDefinition(mtbf, mttr, alarms);
    }

    private static FaultReaction ReadReaction(JsonObjectReader alarm)
    {
        var reaction = alarm.String("reaction", fallback: "hold");
        switch (reaction)
        {
            case "hold":
                return FaultReaction.Hold;
            case "abort":
                return FaultReaction.Abort;
            default:
                alarm.Error("reaction", $"'{reaction}' must be hold or abort");
                return FaultReaction.Hold;
        }
    }
}

using System.Text.Json.Nodes;
using Mes.PlcSimulator.Definition;

namespace Mes.PlcSimulator.Tests;

/// <summary>The shipped line file, edited: the way the tests make bad and changed line files.</summary>
internal static class ShippedLineJson
{
    public static JsonObject Load() => JsonNode.Parse(DefaultLine.Json())!.AsObject();

    public static string With(Action<JsonObject> edit)
    {
        var root = Load();
        edit(root);
        return root.ToJsonString();
    }

    public static JsonObject Machine(this JsonObject root, int index) => root["machines"]![index]!.AsObject();

    public static LineDefinition Line(Action<JsonObject> edit) =>
        LineFile.Parse(With(edit)).Line ?? throw new InvalidOperationException("the edited line file is invalid");
}

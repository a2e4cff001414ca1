using System.Text.Json;
using Mes.Domain.Bonded.MasterData;
using Mes.Domain.Bonded.MasterData.Json;

namespace Mes.Grains.Bonded.Translation;

/// <summary>The four master-data texts with declared rows appended to one of them.</summary>
internal static class MasterDataTexts
{
    public static MasterDataFiles Append(MasterDataFiles files, MasterDataSource source, IReadOnlyList<string> rows) => source switch
    {
        MasterDataSource.Items => files with { Items = Append(files.Items, rows) },
        MasterDataSource.Mappings => files with { Mappings = Append(files.Mappings, rows) },
        MasterDataSource.Norms => files with { Norms = Append(files.Norms, rows) },
        _ => throw new ArgumentOutOfRangeException(nameof(source), source, "The book header is filed once, not declared."),
    };

    public static int RowCount(MasterDataFiles files, MasterDataSource source)
    {
        var text = source switch
        {
            MasterDataSource.Items => files.Items,
            MasterDataSource.Mappings => files.Mappings,
            MasterDataSource.Norms => files.Norms,
            _ => throw new ArgumentOutOfRangeException(nameof(source), source, "The book header has no rows."),
        };
        using var document = JsonDocument.Parse(text);
        return document.RootElement.GetArrayLength();
    }

    private static string Append(string array, IReadOnlyList<string> rows)
    {
        var body = array.TrimEnd();
        body = body[..^1].TrimEnd();
        var separator = body.EndsWith('[') ? "" : ",";
        return body + separator + "\n" + string.Join(",\n", rows) + "\n]";
    }
}

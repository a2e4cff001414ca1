using System.Globalization;

namespace Mes.Domain.Bonded.MasterData;

/// <summary>One refused master-data value: where it is (file, 1-based row of the array, field) and why.</summary>
public sealed record MasterDataError(MasterDataSource Source, int? Row, string Field, string Message)
{
    /// <summary>The file name of the source in the sample layout.</summary>
    public string File => Source switch
    {
        MasterDataSource.Book => "book.json",
        MasterDataSource.Items => "items.json",
        MasterDataSource.Mappings => "mappings.json",
        _ => "norms.json",
    };

    /// <inheritdoc />
    public override string ToString() => Row is { } row
        ? string.Create(CultureInfo.InvariantCulture, $"{File} row {row}, field '{Field}': {Message}")
        : $"{File}, field '{Field}': {Message}";
}

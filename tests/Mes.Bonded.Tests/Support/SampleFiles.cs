using Mes.Contracts.Bonded.MasterData;
using Mes.Testing;

namespace Mes.Bonded.Tests.Support;

/// <summary>The shipped sample's four files, optionally under another book number.</summary>
internal static class SampleFiles
{
    public static MasterDataFileTexts WithBookNo(string bookNo)
    {
        string Read(string name) => File.ReadAllText(Path.Combine(Repository.Root, "samples", "bonded", name));
        return new MasterDataFileTexts(Read("book.json").Replace(Samples.BookNo, bookNo, StringComparison.Ordinal),
            Read("items.json"), Read("mappings.json"), Read("norms.json"));
    }

    /// <summary>The request filing the sample under <paramref name="bookNo"/> through the gateway.</summary>
    public static Mes.Gateway.Api.V1.FileBookRequest Request(string bookNo)
    {
        var files = WithBookNo(bookNo);
        return new() { Book = bookNo, BookJson = files.Book, ItemsJson = files.Items, MappingsJson = files.Mappings, NormsJson = files.Norms };
    }
}

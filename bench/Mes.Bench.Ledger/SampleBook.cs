using Grpc.Core;
using Mes.Gateway.Api.V1;

namespace Mes.Bench.Ledger;

/// <summary>The shipped sample account book (<c>samples/bonded</c>), filed under a new number. Shared with bench/Mes.Bench.Load.</summary>
internal static class SampleBook
{
    private const string SampleBookNo = "H51082500001";

    /// <summary>Files the sample's master data as book <paramref name="book"/>, so that a run's journal and balances are its own.</summary>
    public static async Task File(Bonded.BondedClient api, Metadata manager, string book, string samples)
    {
        string Sample(string name) => System.IO.File.ReadAllText(Path.Combine(samples, name));
        await api.FileBookAsync(new FileBookRequest
        {
            Book = book,
            BookJson = Sample("book.json").Replace(SampleBookNo, book, StringComparison.Ordinal),
            ItemsJson = Sample("items.json"),
            MappingsJson = Sample("mappings.json"),
            NormsJson = Sample("norms.json"),
        }, manager);
    }
}

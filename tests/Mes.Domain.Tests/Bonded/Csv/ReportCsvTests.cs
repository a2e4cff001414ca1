using System.Text.RegularExpressions;
using Mes.Domain.Bonded.Csv;
using Mes.Domain.Bonded.Declarations;
using Mes.Domain.Bonded.Reports;
using Mes.Domain.Tests.Bonded.Reports;
using Mes.Domain.Tests.Bonded.Support;

namespace Mes.Domain.Tests.Bonded.Csv;

public sealed partial class ReportCsvTests
{
    private static readonly string DeclarationLinesDoc = SampleBook.ReadRepositoryFile("docs", "bonded", "declaration-lines.md");
    private readonly HandWorkedMarch month = new();

    [Fact]
    public void The_reconciliation_csv_writes_one_line_per_item_with_the_identity_columns()
    {
        var csv = ReconciliationCsv.Write(PeriodReconciliation.Compute(month.Book.Journal, month.Book.Master, month.March));

        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(11, lines.Length);
        Assert.StartsWith("I4,Bonded,片式多层瓷介电容器,007,10000,5000,0,0,5000,0,1000,500,0,0,30,8470,8470,true,", lines.Single(l => l.StartsWith("I4,", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Fact]
    public void The_declaration_csv_has_exactly_the_fields_documented_in_the_layout()
    {
        var documented = DocumentedField().Matches(DeclarationLinesDoc).Select(m => m.Groups[1].Value);

        Assert.Equal(documented, DeclarationLinesCsv.Table.Headers);
    }

    [Fact]
    public void The_documented_example_is_what_the_writer_produces_for_the_sample_export()
    {
        var csv = DeclarationLinesCsv.Write(DeclarationDraft.Compose(month.Book.Journal, month.Book.Master, "QD510825E000000011"));
        var example = DeclarationLinesDoc.Split("```csv\n")[1].Split("```")[0];

        Assert.Equal(example, csv.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [GeneratedRegex(@"^\| `([a-z_]+)` \|", RegexOptions.Multiline)]
    private static partial Regex DocumentedField();
}

using Mes.Domain.Bonded.Identifiers;
using Mes.Domain.Bonded.Journal;
using Mes.Domain.Bonded.Reports;

namespace Mes.Domain.Tests.Bonded.Reports;

public sealed class DocumentMovementsTests
{
    private readonly HandWorkedMarch month = new();

    [Fact]
    public void The_movement_list_of_a_document_nets_a_movement_and_its_reversal()
    {
        // List 12 carried an export of 10 boards that was reversed: two entries, nothing left.
        var row = Assert.Single(DocumentMovements.OfDocument(month.Book.Journal, "QD510825E000000012"));

        Assert.Equal((EntryKind.Export, ItemNo.Parse("E1"), 0m, 2), (row.Kind, row.Item, row.DeclaredQuantity, row.Entries));
    }

    [Fact]
    public void The_movement_list_of_a_receipt_list_line_carries_its_declared_value()
    {
        var row = Assert.Single(DocumentMovements.OfDocument(month.Book.Journal, "QD510825I000000002"));

        Assert.Equal((EntryKind.ImportReceipt, 5_000m, 200m, "502"), (row.Kind, row.DeclaredQuantity, row.Amount, row.Currency?.Value));
    }
}

using System.Globalization;
using Mes.Domain.Bonded.Journal;

namespace Mes.Domain.Tests.Bonded.Support;

/// <summary>Document references in the customs formats (list numbers: QD + office + year + I/E + 9 digits).</summary>
internal static class Docs
{
    public static DocumentRef ImportList(int number, int line) =>
        new(DocumentType.InventoryVerificationList, string.Create(CultureInfo.InvariantCulture, $"QD510825I{number:000000000}"), line);

    public static DocumentRef ExportList(int number, int line = 1) =>
        new(DocumentType.InventoryVerificationList, string.Create(CultureInfo.InvariantCulture, $"QD510825E{number:000000000}"), line);

    public static DocumentRef CountSheet(string number) => new(DocumentType.StockTakeSheet, number);

    public static DocumentRef Correction(string number) => new(DocumentType.CorrectionVoucher, number);

    public static DocumentRef Approval(string number) => new(DocumentType.CustomsApproval, number);

    public static DocumentRef QualityReport(string number) => new(DocumentType.QualityReport, number);

    public static DocumentRef OutwardNote(string number) => new(DocumentType.OutwardProcessingNote, number);
}

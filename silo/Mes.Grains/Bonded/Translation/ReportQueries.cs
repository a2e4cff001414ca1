using Mes.Contracts.Bonded.Reports;
using Mes.Domain.Bonded.Journal;
using Mes.Domain.Bonded.MasterData;
using Mes.Domain.Bonded.Reports;

namespace Mes.Grains.Bonded.Translation;

/// <summary>Report queries read into domain values, naming the field of any value that does not read.</summary>
internal static class ReportQueries
{
    public static ReportingPeriod Period(string field, ReportPeriod? period)
    {
        if (period is null)
        {
            throw new MalformedField(field, "is required.");
        }

        return period.To > period.From
            ? new ReportingPeriod(period.From, period.To)
            : throw new MalformedField(field + ".to", $"The period must end after it starts ({period.From:O} .. {period.To:O}).");
    }

    public static BondedStatus Status(string field, string? status) => Fields.Enum<BondedStatus>(field, status);

    public static StockTakeScope Scope(string? scope) => Fields.Enum<StockTakeScope>("scope", scope);

    public static string Sheet(string? sheet) =>
        string.IsNullOrWhiteSpace(sheet) ? throw new MalformedField("sheet", "The count sheet number is required.") : sheet;

    public static string Document(string? document) =>
        string.IsNullOrWhiteSpace(document) ? throw new MalformedField("document", "The document number is required.") : document;

    public static decimal Tolerance(decimal tolerance) =>
        tolerance >= 0 ? tolerance : throw new MalformedField("tolerancePercent", "The tolerance cannot be negative.");

    public static IReadOnlyList<ActualConsumption> Actuals(IReadOnlyList<ActualConsumptionLine>? actuals) => (actuals ?? [])
        .Select((a, i) => new ActualConsumption(Fields.Order($"actuals[{i}].order", a.Order), Fields.Part($"actuals[{i}].part", a.Part), a.StockQuantity))
        .ToList();
}

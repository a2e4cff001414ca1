namespace Mes.Domain.Production.MasterData.Import;

/// <summary>
/// Reads operators: operators.json (each with its certifications) or operators.csv plus
/// certifications.csv (badge, code, validUntil).
/// </summary>
internal static class OperatorReader
{
    public static IReadOnlyList<Operator> Read(MasterDataFiles files, ICollection<ImportError> errors)
    {
        var records = files.Records("operators.json", "operators.csv");
        var fromCsv = files.Has("operators.csv") && !files.Has("operators.json");
        if (files.Has("certifications.csv") && !fromCsv)
        {
            errors.Add(new ImportError("certifications.csv", null, null, "goes with operators.csv; operators.json holds its own certifications"));
        }

        var csvCertifications = fromCsv && files.Has("certifications.csv") ? files.Csv("certifications.csv") : [];
        var operators = records.Select(r => new Located<Operator>(new Operator(r.Text("badge"), r.Text("name"),
            fromCsv ? [] : r.Children("certifications").Select(Certification).ToList()), r)).ToList();
        var unique = LocatedChecks.Unique(operators, o => o.Badge, "badge", "badge");

        var byBadge = new Dictionary<string, List<Certification>>(StringComparer.Ordinal);
        foreach (var row in csvCertifications)
        {
            var badge = row.Text("badge");
            if (badge.Length > 0 && unique.All(o => o.Badge != badge))
            {
                row.Error("badge", $"badge {badge} is not in operators.csv");
            }

            var certification = Certification(row);
            if (!byBadge.TryGetValue(badge, out var list))
            {
                byBadge[badge] = list = [];
            }

            list.Add(certification);
        }

        return unique.Select(o => fromCsv ? o with { Certifications = byBadge.GetValueOrDefault(o.Badge) ?? [] } : o).ToList();
    }

    private static Certification Certification(SourceRecord record) => new(record.Text("code"), record.Instant("validUntil"));
}

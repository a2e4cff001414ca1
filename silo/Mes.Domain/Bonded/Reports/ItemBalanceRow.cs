using Mes.Domain.Bonded.Identifiers;
using Mes.Domain.Bonded.Journal;

namespace Mes.Domain.Bonded.Reports;

/// <summary>One line of the balance report: an item in one status, bucket by bucket, in declared units.</summary>
public sealed record ItemBalanceRow(
    ItemNo Item,
    BondedStatus Status,
    string Name,
    HsCode HsCode,
    UnitOfMeasure DeclaredUnit,
    decimal Stock,
    decimal AtSubcontractor,
    decimal Defective,
    decimal Book,
    decimal Suspense,
    decimal Scrap);

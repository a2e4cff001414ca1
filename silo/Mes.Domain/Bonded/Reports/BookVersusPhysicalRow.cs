using Mes.Domain.Bonded.Identifiers;
using Mes.Domain.Bonded.Journal;

namespace Mes.Domain.Bonded.Reports;

/// <summary>
/// One item of a stock-take compared with the book (帐实对比, bonded-notes R3). <see cref="Difference"/> is
/// counted − book on site; a shortage of bonded goods owes the duty and import VAT in <see cref="DutyExposure"/>.
/// </summary>
/// <param name="Item">The item.</param>
/// <param name="Status">Bonded or non-bonded.</param>
/// <param name="Name">The customs name.</param>
/// <param name="DeclaredUnit">The unit of the quantities.</param>
/// <param name="BookOnSite">Stock and defectives on the book at the count (what could be counted).</param>
/// <param name="AtSubcontractor">On the book but away at subcontractors, not countable on site.</param>
/// <param name="Counted">The physical count.</param>
/// <param name="Difference">Counted − book on site; negative is a shortage.</param>
/// <param name="UnitValue">Average declared value per unit of the receipts, or the filed unit price.</param>
/// <param name="Currency">The currency of the values.</param>
/// <param name="DifferenceValue">The difference valued at <paramref name="UnitValue"/>.</param>
/// <param name="DutyRatePercent">Import duty rate.</param>
/// <param name="VatRatePercent">Import VAT rate.</param>
/// <param name="DutyExposure">Duty + VAT on a bonded shortage: value × duty% + (value + duty) × VAT%; zero otherwise.</param>
public sealed record BookVersusPhysicalRow(
    ItemNo Item,
    BondedStatus Status,
    string Name,
    UnitOfMeasure DeclaredUnit,
    decimal BookOnSite,
    decimal AtSubcontractor,
    decimal Counted,
    decimal Difference,
    decimal UnitValue,
    CurrencyCode Currency,
    decimal DifferenceValue,
    decimal DutyRatePercent,
    decimal VatRatePercent,
    decimal DutyExposure);

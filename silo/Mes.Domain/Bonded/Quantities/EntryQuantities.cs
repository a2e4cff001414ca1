namespace Mes.Domain.Bonded.Quantities;

/// <summary>
/// The quantity of one journal entry in every unit the two ledgers use, with the factors applied at
/// posting time (bonded-notes R11): the stock unit of the physical ledger, the declared unit of the
/// account book (the unit balances are kept in) and one or two legal units.
/// </summary>
/// <param name="Stock">The quantity in the part's stock unit.</param>
/// <param name="Factor">Declared units per stock unit, from the part-to-item mapping in force.</param>
/// <param name="Declared">The quantity in the item's declared unit, rounded to the declared precision.</param>
/// <param name="FirstLegal">The quantity in the first legal unit.</param>
/// <param name="SecondLegal">The quantity in the second legal unit, when the item has one.</param>
public sealed record EntryQuantities(
    Quantity Stock, decimal Factor, Quantity Declared, LegalQuantity FirstLegal, LegalQuantity? SecondLegal);

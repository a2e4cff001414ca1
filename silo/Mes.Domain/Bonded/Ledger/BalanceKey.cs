using Mes.Domain.Bonded.Identifiers;
using Mes.Domain.Bonded.Journal;

namespace Mes.Domain.Bonded.Ledger;

/// <summary>A balance of the book: one item in one status.</summary>
public readonly record struct BalanceKey(ItemNo Item, BondedStatus Status);

using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Mes.Domain.Bonded.Identifiers;
using Mes.Domain.Bonded.Journal;
using Mes.Domain.Bonded.Ledger;
using Mes.Domain.Bonded.MasterData;
using Mes.Domain.Bonded.Posting.Commands;
using Mes.Domain.Bonded.Quantities;

namespace Mes.Domain.Bonded.Posting.Rules;

/// <summary>What a rule decides with: the state, the master data in force, the command and the posting time.</summary>
internal sealed class PostingContext(LedgerState state, AccountBookMasterData master, LedgerCommand command, DateTimeOffset at)
{
    public LedgerState State { get; } = state;

    public AccountBookMasterData Master { get; } = master;

    public DateTimeOffset At { get; } = at;

    public DocumentRefs Documents { get; } = DocumentRefs.Of(command.Documents);

    public static string Text(decimal value) => DecimalText.Canonical(value);

    public static PostingDecision.Refused? Positive(decimal quantity, string field) => quantity > 0
        ? null
        : Refuse.Because(LedgerRule.InvalidQuantity, field, $"The quantity must be more than zero, not {Text(quantity)}.");

    public static PostingDecision.Refused? NonZeroDeclared(EntryQuantities quantities, string field) => quantities.Declared.Value != 0
        ? null
        : Refuse.Because(LedgerRule.InvalidQuantity, field,
            $"{quantities.Stock} is less than the smallest declared quantity of {quantities.Declared.Unit}.");

    public static PostingDecision.Refused? Amount(Money? value, DeclaredPrecision precision, string field) =>
        value is not { } money || (money.Amount >= 0 && money.Amount == precision.Amount(money.Amount))
            ? null
            : Refuse.Because(LedgerRule.InvalidAmount, field, string.Create(CultureInfo.InvariantCulture,
                $"An amount must be zero or more with at most {precision.AmountDecimals} decimals, not {money}."));

    /// <summary>The mapping and item version of a part at the posting time.</summary>
    public bool TryPart(
        PartNo part,
        string field,
        [NotNullWhen(true)] out PartItemMapping? mapping,
        [NotNullWhen(true)] out BondedItem? item,
        [NotNullWhen(false)] out PostingDecision.Refused? refusal)
    {
        item = null;
        mapping = Master.MappingAt(part, At);
        if (mapping is null)
        {
            refusal = Refuse.Because(LedgerRule.UnknownPart, field, $"Part {part} is not mapped to an item of book {State.Book} at {At:O}.");
            return false;
        }

        return TryItem(mapping.Item, field, out item, out refusal);
    }

    /// <summary>The item version in force at the posting time.</summary>
    public bool TryItem(
        ItemNo no, string field, [NotNullWhen(true)] out BondedItem? item, [NotNullWhen(false)] out PostingDecision.Refused? refusal)
    {
        item = Master.ItemAt(no, At);
        refusal = item is null
            ? Refuse.Because(LedgerRule.UnknownItem, field, $"Item {no} of book {State.Book} is not in force at {At:O}.")
            : null;
        return item is not null;
    }

    /// <summary>A lot the book knows, with its item version.</summary>
    public bool TryLot(
        LotNo lotNo,
        string field,
        [NotNullWhen(true)] out LotBalance? lot,
        [NotNullWhen(true)] out BondedItem? item,
        [NotNullWhen(false)] out PostingDecision.Refused? refusal)
    {
        item = null;
        lot = State.Lot(lotNo);
        if (lot is null)
        {
            refusal = Refuse.Because(LedgerRule.UnknownLot, field, $"Lot {lotNo} is not known to book {State.Book}.");
            return false;
        }

        return TryItem(lot.Item, field, out item, out refusal);
    }

    /// <summary>
    /// A lot about to receive goods: new, or known with the same part and status and nothing left in it (an
    /// emptied lot received again after a reversal).
    /// </summary>
    public PostingDecision.Refused? ReceivableLot(LotNo lotNo, PartNo part, BondedStatus status, string field)
    {
        if (State.Lot(lotNo) is not { } lot)
        {
            return null;
        }

        if (lot.Status != status)
        {
            return Refuse.Because(LedgerRule.MixedBondedStatus, field,
                $"Lot {lotNo} holds {lot.Status} goods; {status} goods must go into another lot.");
        }

        if (lot.Part != part)
        {
            return Refuse.Because(LedgerRule.LotMismatch, field, $"Lot {lotNo} holds part {lot.Part}, not {part}.");
        }

        return lot.IsEmpty
            ? null
            : Refuse.Because(LedgerRule.LotAlreadyReceived, field, $"Lot {lotNo} has been received already and still holds goods.");
    }

    /// <summary>The lots a command asks to take first: each must be known.</summary>
    public PostingDecision.Refused? KnownLots(IReadOnlyList<LotNo> lots, string field)
    {
        var unknown = lots.Where(l => State.Lot(l) is null).ToList();
        return unknown.Count == 0
            ? null
            : Refuse.Because(LedgerRule.UnknownLot, field, $"Lot {unknown[0]} is not known to book {State.Book}.");
    }

    /// <summary>The base of every movement of this command: kind, item, status and documents.</summary>
    public Movement Movement(EntryKind kind, ItemNo item, BondedStatus status, EntryQuantities quantities) => new()
    {
        Kind = kind,
        Item = item,
        Status = status,
        Quantities = quantities,
        Documents = Documents,
    };
}

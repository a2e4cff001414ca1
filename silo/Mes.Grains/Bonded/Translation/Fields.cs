using Mes.Domain.Bonded.Identifiers;
using Mes.Domain.Bonded.Journal;
using Mes.Domain.Bonded.Quantities;
using Mes.Contracts.Bonded;

namespace Mes.Grains.Bonded.Translation;

/// <summary>Reads contract values into domain values, naming the field of any value that does not read.</summary>
internal static class Fields
{
    /// <summary>The value <paramref name="read"/> makes of a field, or <see cref="MalformedField"/> with the domain's reason.</summary>
    public static T Read<T>(string field, Func<T> read)
    {
        try
        {
            return read();
        }
        catch (FormatException e)
        {
            throw new MalformedField(field, e.Message);
        }
    }

    /// <summary>An enum member by its exact name; numbers and unknown names are refused with the names allowed.</summary>
    public static TEnum Enum<TEnum>(string field, string? text)
        where TEnum : struct, Enum
    {
        if (text is { Length: > 0 } && char.IsAsciiLetter(text[0]) && System.Enum.TryParse<TEnum>(text, ignoreCase: false, out var value)
            && System.Enum.IsDefined(value))
        {
            return value;
        }

        throw new MalformedField(field, $"'{text}' is not one of {string.Join(", ", System.Enum.GetNames<TEnum>())}.");
    }

    public static LotNo Lot(string field, string? text) => Read(field, () => new LotNo(text!));

    public static PartNo Part(string field, string? text) => Read(field, () => new PartNo(text!));

    public static ItemNo Item(string field, string? text) => Read(field, () => ItemNo.Parse(text));

    public static OrderNo Order(string field, string? text) => Read(field, () => new OrderNo(text!));

    public static CountryCode? Country(string field, string? text) =>
        string.IsNullOrEmpty(text) ? null : Read(field, () => new CountryCode(text));

    public static Money? Money(string field, MoneyAmount? money) =>
        money is null ? null : new Money(money.Amount, Read(field + ".currency", () => new CurrencyCode(money.Currency)));

    public static Counterparty Counterparty(string field, CounterpartyRef? party) =>
        party is null ? throw new MalformedField(field, "is required.") : Read(field, () => new Counterparty(party.Code, party.Name));

    public static DutyBasis? Duty(string field, DutyBasisRef? duty) => duty is null
        ? null
        : new DutyBasis(Enum<DutyTreatment>(field + ".treatment", duty.Treatment), Money(field + ".dutiableValue", duty.DutiableValue)
            ?? throw new MalformedField(field + ".dutiableValue", "is required."));

    public static IReadOnlyList<DocumentRef> Documents(IReadOnlyList<DocumentReference>? documents) =>
        (documents ?? []).Select((d, i) =>
        {
            var field = $"documents[{i}]";
            var type = Enum<DocumentType>(field + ".type", d.Type);
            return Read(field, () => new DocumentRef(type, d.Number, d.Line));
        }).ToList();

    public static IReadOnlyList<LotNo> Lots(string field, IReadOnlyList<string>? lots) =>
        (lots ?? []).Select((lot, i) => Lot($"{field}[{i}]", lot)).ToList();
}
